package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A line of a purchase order, and how much of it has arrived.
 */
@Entity
public class PurchaseOrderLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Integer quantityOrdered;

	@Column(nullable = false)
	private Integer quantityReceived;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal unitCost;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PurchaseOrder purchaseOrder;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductVariant variant;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getQuantityOrdered() {
		return this.quantityOrdered;
	}

	public void setQuantityOrdered(Integer quantityOrdered) {
		this.quantityOrdered = quantityOrdered;
	}

	public Integer getQuantityReceived() {
		return this.quantityReceived;
	}

	public void setQuantityReceived(Integer quantityReceived) {
		this.quantityReceived = quantityReceived;
	}

	public BigDecimal getUnitCost() {
		return this.unitCost;
	}

	public void setUnitCost(BigDecimal unitCost) {
		this.unitCost = unitCost;
	}

	public PurchaseOrder getPurchaseOrder() {
		return this.purchaseOrder;
	}

	public void setPurchaseOrder(PurchaseOrder purchaseOrder) {
		this.purchaseOrder = purchaseOrder;
	}

	public ProductVariant getVariant() {
		return this.variant;
	}

	public void setVariant(ProductVariant variant) {
		this.variant = variant;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof PurchaseOrderLine purchaseOrderLine)) {
			return false;
		}
		return this.id != null && this.id.equals(purchaseOrderLine.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
