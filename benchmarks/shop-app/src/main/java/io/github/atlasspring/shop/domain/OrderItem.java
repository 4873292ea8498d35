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
 * A line of an order, with the product data copied at the time of the order.
 */
@Entity
public class OrderItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 64, nullable = false)
	private String sku;

	@Column(length = 200, nullable = false)
	private String productName;

	@Column(nullable = false)
	private Integer quantity;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal unitPrice;

	@Column(precision = 7, scale = 4, nullable = false)
	private BigDecimal taxRate;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal lineTotal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	@ManyToOne(fetch = FetchType.LAZY)
	private ProductVariant variant;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getSku() {
		return this.sku;
	}

	public void setSku(String sku) {
		this.sku = sku;
	}

	public String getProductName() {
		return this.productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public BigDecimal getTaxRate() {
		return this.taxRate;
	}

	public void setTaxRate(BigDecimal taxRate) {
		this.taxRate = taxRate;
	}

	public BigDecimal getLineTotal() {
		return this.lineTotal;
	}

	public void setLineTotal(BigDecimal lineTotal) {
		this.lineTotal = lineTotal;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
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
		if (!(other instanceof OrderItem orderItem)) {
			return false;
		}
		return this.id != null && this.id.equals(orderItem.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
