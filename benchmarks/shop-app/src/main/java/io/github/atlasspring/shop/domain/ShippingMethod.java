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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A way to ship an order, with its price and delivery time.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_shipping_method_code", columnNames = { "code" }))
public class ShippingMethod {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 30, nullable = false)
	private String code;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal price;

	@Column(length = 3, nullable = false)
	private String currency;

	private Integer minDeliveryDays;

	private Integer maxDeliveryDays;

	@Column(precision = 19, scale = 4)
	private BigDecimal freeAbove;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Carrier carrier;

	@ManyToMany
	@JoinTable(name = "shipping_method_country", joinColumns = @JoinColumn(name = "shipping_method_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	private Set<Country> countries = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getMinDeliveryDays() {
		return this.minDeliveryDays;
	}

	public void setMinDeliveryDays(Integer minDeliveryDays) {
		this.minDeliveryDays = minDeliveryDays;
	}

	public Integer getMaxDeliveryDays() {
		return this.maxDeliveryDays;
	}

	public void setMaxDeliveryDays(Integer maxDeliveryDays) {
		this.maxDeliveryDays = maxDeliveryDays;
	}

	public BigDecimal getFreeAbove() {
		return this.freeAbove;
	}

	public void setFreeAbove(BigDecimal freeAbove) {
		this.freeAbove = freeAbove;
	}

	public Carrier getCarrier() {
		return this.carrier;
	}

	public void setCarrier(Carrier carrier) {
		this.carrier = carrier;
	}

	public Set<Country> getCountries() {
		return this.countries;
	}

	public void setCountries(Set<Country> countries) {
		this.countries = countries;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ShippingMethod shippingMethod)) {
			return false;
		}
		return this.id != null && this.id.equals(shippingMethod.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
