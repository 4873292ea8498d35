package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One use of a coupon by a customer on an order.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_coupon_redemption_coupon_order", columnNames = { "coupon_id", "order_id" }))
public class CouponRedemption {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Instant redeemedAt;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal discountAmount;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Coupon coupon;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Customer customer;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Instant getRedeemedAt() {
		return this.redeemedAt;
	}

	public void setRedeemedAt(Instant redeemedAt) {
		this.redeemedAt = redeemedAt;
	}

	public BigDecimal getDiscountAmount() {
		return this.discountAmount;
	}

	public void setDiscountAmount(BigDecimal discountAmount) {
		this.discountAmount = discountAmount;
	}

	public Coupon getCoupon() {
		return this.coupon;
	}

	public void setCoupon(Coupon coupon) {
		this.coupon = coupon;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CouponRedemption couponRedemption)) {
			return false;
		}
		return this.id != null && this.id.equals(couponRedemption.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
