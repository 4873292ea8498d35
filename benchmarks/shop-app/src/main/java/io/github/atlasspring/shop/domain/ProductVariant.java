package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A purchasable variant of a product, such as a size or a colour.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_product_variant_sku", columnNames = { "sku" }), indexes = @Index(name = "idx_product_variant_barcode", columnList = "barcode"))
public class ProductVariant {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 64, nullable = false)
	private String sku;

	@Column(length = 200, nullable = false)
	private String name;

	@Column(length = 14)
	private String barcode;

	@Column(precision = 10, scale = 3)
	private BigDecimal weightKg;

	@Column(nullable = false)
	private Integer position;

	@Column(nullable = false)
	private Boolean active;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Product product;

	@ManyToMany
	@JoinTable(name = "product_variant_attribute_value", joinColumns = @JoinColumn(name = "variant_id"),
			inverseJoinColumns = @JoinColumn(name = "attribute_value_id"))
	private Set<AttributeValue> attributeValues = new HashSet<>();

	@Version
	private Integer version;

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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getBarcode() {
		return this.barcode;
	}

	public void setBarcode(String barcode) {
		this.barcode = barcode;
	}

	public BigDecimal getWeightKg() {
		return this.weightKg;
	}

	public void setWeightKg(BigDecimal weightKg) {
		this.weightKg = weightKg;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

	public Product getProduct() {
		return this.product;
	}

	public void setProduct(Product product) {
		this.product = product;
	}

	public Set<AttributeValue> getAttributeValues() {
		return this.attributeValues;
	}

	public void setAttributeValues(Set<AttributeValue> attributeValues) {
		this.attributeValues = attributeValues;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ProductVariant productVariant)) {
			return false;
		}
		return this.id != null && this.id.equals(productVariant.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
