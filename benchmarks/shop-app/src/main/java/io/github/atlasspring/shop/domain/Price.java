package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * The price of a variant in a price list, from a minimum quantity.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_price_list_variant_quantity", columnNames = { "price_list_id", "variant_id", "min_quantity" }))
public class Price {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Embedded
	private MonetaryAmount amount;

	@Column(nullable = false)
	private Integer minQuantity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PriceList priceList;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductVariant variant;

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public MonetaryAmount getAmount() {
		return this.amount;
	}

	public void setAmount(MonetaryAmount amount) {
		this.amount = amount;
	}

	public Integer getMinQuantity() {
		return this.minQuantity;
	}

	public void setMinQuantity(Integer minQuantity) {
		this.minQuantity = minQuantity;
	}

	public PriceList getPriceList() {
		return this.priceList;
	}

	public void setPriceList(PriceList priceList) {
		this.priceList = priceList;
	}

	public ProductVariant getVariant() {
		return this.variant;
	}

	public void setVariant(ProductVariant variant) {
		this.variant = variant;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Price price)) {
			return false;
		}
		return this.id != null && this.id.equals(price.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
