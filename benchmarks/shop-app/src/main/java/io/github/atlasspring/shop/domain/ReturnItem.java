package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import io.github.atlasspring.shop.domain.enumeration.ReturnReason;

/**
 * An order item being returned, and why.
 */
@Entity
public class ReturnItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Integer quantity;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private ReturnReason reason;

	@Column(nullable = false)
	private Boolean restock;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ReturnRequest returnRequest;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OrderItem orderItem;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public ReturnReason getReason() {
		return this.reason;
	}

	public void setReason(ReturnReason reason) {
		this.reason = reason;
	}

	public Boolean getRestock() {
		return this.restock;
	}

	public void setRestock(Boolean restock) {
		this.restock = restock;
	}

	public ReturnRequest getReturnRequest() {
		return this.returnRequest;
	}

	public void setReturnRequest(ReturnRequest returnRequest) {
		this.returnRequest = returnRequest;
	}

	public OrderItem getOrderItem() {
		return this.orderItem;
	}

	public void setOrderItem(OrderItem orderItem) {
		this.orderItem = orderItem;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ReturnItem returnItem)) {
			return false;
		}
		return this.id != null && this.id.equals(returnItem.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
