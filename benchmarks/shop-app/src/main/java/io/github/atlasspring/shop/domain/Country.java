package io.github.atlasspring.shop.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A country the shop sells to, identified by its ISO 3166 code.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_country_iso_code", columnNames = { "iso_code" }))
public class Country {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 2, nullable = false)
	private String isoCode;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(nullable = false)
	private Boolean shippingEnabled;

	@OneToMany(mappedBy = "country")
	private Set<Region> regions = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getIsoCode() {
		return this.isoCode;
	}

	public void setIsoCode(String isoCode) {
		this.isoCode = isoCode;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Boolean getShippingEnabled() {
		return this.shippingEnabled;
	}

	public void setShippingEnabled(Boolean shippingEnabled) {
		this.shippingEnabled = shippingEnabled;
	}

	public Set<Region> getRegions() {
		return this.regions;
	}

	public void setRegions(Set<Region> regions) {
		this.regions = regions;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Country country)) {
			return false;
		}
		return this.id != null && this.id.equals(country.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
