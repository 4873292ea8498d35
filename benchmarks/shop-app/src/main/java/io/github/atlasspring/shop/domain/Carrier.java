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
 * A parcel carrier, with the URL pattern of its tracking page.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_carrier_code", columnNames = { "code" }))
public class Carrier {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 30, nullable = false)
	private String code;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(length = 512)
	private String trackingUrlTemplate;

	@Column(nullable = false)
	private Boolean active;

	@OneToMany(mappedBy = "carrier")
	private Set<ShippingMethod> methods = new HashSet<>();

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

	public String getTrackingUrlTemplate() {
		return this.trackingUrlTemplate;
	}

	public void setTrackingUrlTemplate(String trackingUrlTemplate) {
		this.trackingUrlTemplate = trackingUrlTemplate;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

	public Set<ShippingMethod> getMethods() {
		return this.methods;
	}

	public void setMethods(Set<ShippingMethod> methods) {
		this.methods = methods;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Carrier carrier)) {
			return false;
		}
		return this.id != null && this.id.equals(carrier.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
