package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.github.atlasspring.shop.domain.enumeration.OrderStatus;

/**
 * An order placed by a customer; {@code order} is a reserved word, hence the name.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_customer_order_number", columnNames = { "number" }), indexes = {
		@Index(name = "idx_customer_order_customer_placed", columnList = "customer_id, placed_at"),
		@Index(name = "idx_customer_order_status", columnList = "status") })
public class CustomerOrder extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private OrderStatus status;

	@Column(nullable = false)
	private Instant placedAt;

	@Column(length = 3, nullable = false)
	private String currency;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal subtotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal shippingTotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal taxTotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal discountTotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal grandTotal;

	@Column(length = 1000)
	private String customerNote;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "line1", column = @Column(name = "billing_line1", length = 200)),
			@AttributeOverride(name = "line2", column = @Column(name = "billing_line2", length = 200)),
			@AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 100)),
			@AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 20)),
			@AttributeOverride(name = "region", column = @Column(name = "billing_region", length = 100)),
			@AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", length = 2)) })
	private Address billingAddress;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "line1", column = @Column(name = "shipping_line1", length = 200)),
			@AttributeOverride(name = "line2", column = @Column(name = "shipping_line2", length = 200)),
			@AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100)),
			@AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 20)),
			@AttributeOverride(name = "region", column = @Column(name = "shipping_region", length = 100)),
			@AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2)) })
	private Address shippingAddress;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Customer customer;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Store store;

	@ManyToOne(fetch = FetchType.LAZY)
	private ShippingMethod shippingMethod;

	@OneToMany(mappedBy = "order")
	private Set<OrderItem> items = new HashSet<>();

	@OneToMany(mappedBy = "order")
	private Set<OrderStatusChange> statusHistory = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "customer_order_coupon", joinColumns = @JoinColumn(name = "order_id"),
			inverseJoinColumns = @JoinColumn(name = "coupon_id"))
	private Set<Coupon> coupons = new HashSet<>();

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public OrderStatus getStatus() {
		return this.status;
	}

	public void setStatus(OrderStatus status) {
		this.status = status;
	}

	public Instant getPlacedAt() {
		return this.placedAt;
	}

	public void setPlacedAt(Instant placedAt) {
		this.placedAt = placedAt;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getSubtotal() {
		return this.subtotal;
	}

	public void setSubtotal(BigDecimal subtotal) {
		this.subtotal = subtotal;
	}

	public BigDecimal getShippingTotal() {
		return this.shippingTotal;
	}

	public void setShippingTotal(BigDecimal shippingTotal) {
		this.shippingTotal = shippingTotal;
	}

	public BigDecimal getTaxTotal() {
		return this.taxTotal;
	}

	public void setTaxTotal(BigDecimal taxTotal) {
		this.taxTotal = taxTotal;
	}

	public BigDecimal getDiscountTotal() {
		return this.discountTotal;
	}

	public void setDiscountTotal(BigDecimal discountTotal) {
		this.discountTotal = discountTotal;
	}

	public BigDecimal getGrandTotal() {
		return this.grandTotal;
	}

	public void setGrandTotal(BigDecimal grandTotal) {
		this.grandTotal = grandTotal;
	}

	public String getCustomerNote() {
		return this.customerNote;
	}

	public void setCustomerNote(String customerNote) {
		this.customerNote = customerNote;
	}

	public Address getBillingAddress() {
		return this.billingAddress;
	}

	public void setBillingAddress(Address billingAddress) {
		this.billingAddress = billingAddress;
	}

	public Address getShippingAddress() {
		return this.shippingAddress;
	}

	public void setShippingAddress(Address shippingAddress) {
		this.shippingAddress = shippingAddress;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public ShippingMethod getShippingMethod() {
		return this.shippingMethod;
	}

	public void setShippingMethod(ShippingMethod shippingMethod) {
		this.shippingMethod = shippingMethod;
	}

	public Set<OrderItem> getItems() {
		return this.items;
	}

	public void setItems(Set<OrderItem> items) {
		this.items = items;
	}

	public Set<OrderStatusChange> getStatusHistory() {
		return this.statusHistory;
	}

	public void setStatusHistory(Set<OrderStatusChange> statusHistory) {
		this.statusHistory = statusHistory;
	}

	public Set<Coupon> getCoupons() {
		return this.coupons;
	}

	public void setCoupons(Set<Coupon> coupons) {
		this.coupons = coupons;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CustomerOrder customerOrder)) {
			return false;
		}
		return this.id != null && this.id.equals(customerOrder.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
