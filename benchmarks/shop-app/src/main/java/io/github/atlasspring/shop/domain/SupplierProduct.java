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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * What a supplier charges for a variant, and under which reference.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_supplier_product_supplier_sku", columnNames = { "supplier_id", "supplier_sku" }))
public class SupplierProduct {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 64, nullable = false)
	private String supplierSku;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal cost;

	@Column(length = 3, nullable = false)
	private String currency;

	private Integer minOrderQuantity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Supplier supplier;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductVariant variant;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getSupplierSku() {
		return this.supplierSku;
	}

	public void setSupplierSku(String supplierSku) {
		this.supplierSku = supplierSku;
	}

	public BigDecimal getCost() {
		return this.cost;
	}

	public void setCost(BigDecimal cost) {
		this.cost = cost;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getMinOrderQuantity() {
		return this.minOrderQuantity;
	}

	public void setMinOrderQuantity(Integer minOrderQuantity) {
		this.minOrderQuantity = minOrderQuantity;
	}

	public Supplier getSupplier() {
		return this.supplier;
	}

	public void setSupplier(Supplier supplier) {
		this.supplier = supplier;
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
		if (!(other instanceof SupplierProduct supplierProduct)) {
			return false;
		}
		return this.id != null && this.id.equals(supplierProduct.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
