package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.github.atlasspring.shop.domain.enumeration.OrderStatus;

/**
 * One step in the life of an order, with who made it.
 */
@Entity
@Table(indexes = @Index(name = "idx_order_status_change_order", columnList = "order_id, changed_at"))
public class OrderStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private OrderStatus toStatus;

	@Column(nullable = false)
	private Instant changedAt;

	@Column(length = 50)
	private String changedBy;

	@Column(length = 500)
	private String comment;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public OrderStatus getFromStatus() {
		return this.fromStatus;
	}

	public void setFromStatus(OrderStatus fromStatus) {
		this.fromStatus = fromStatus;
	}

	public OrderStatus getToStatus() {
		return this.toStatus;
	}

	public void setToStatus(OrderStatus toStatus) {
		this.toStatus = toStatus;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public void setChangedAt(Instant changedAt) {
		this.changedAt = changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public void setChangedBy(String changedBy) {
		this.changedBy = changedBy;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
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
		if (!(other instanceof OrderStatusChange orderStatusChange)) {
			return false;
		}
		return this.id != null && this.id.equals(orderStatusChange.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
