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

import io.github.atlasspring.shop.domain.enumeration.StockMovementType;

/**
 * A change of stock, with what caused it.
 */
@Entity
@Table(indexes = @Index(name = "idx_stock_movement_item_date", columnList = "stock_item_id, moved_at"))
public class StockMovement {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private StockMovementType type;

	@Column(nullable = false)
	private Integer quantity;

	@Column(nullable = false)
	private Instant movedAt;

	@Column(length = 100)
	private String reference;

	@Column(length = 50)
	private String movedBy;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private StockItem stockItem;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public StockMovementType getType() {
		return this.type;
	}

	public void setType(StockMovementType type) {
		this.type = type;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public Instant getMovedAt() {
		return this.movedAt;
	}

	public void setMovedAt(Instant movedAt) {
		this.movedAt = movedAt;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getMovedBy() {
		return this.movedBy;
	}

	public void setMovedBy(String movedBy) {
		this.movedBy = movedBy;
	}

	public StockItem getStockItem() {
		return this.stockItem;
	}

	public void setStockItem(StockItem stockItem) {
		this.stockItem = stockItem;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof StockMovement stockMovement)) {
			return false;
		}
		return this.id != null && this.id.equals(stockMovement.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
