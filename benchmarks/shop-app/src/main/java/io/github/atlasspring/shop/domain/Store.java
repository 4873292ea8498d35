package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A storefront of the shop, with its own domain, currency and language.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_store_code", columnNames = { "code" }))
public class Store extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String code;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(length = 253)
	private String domain;

	@Column(length = 3, nullable = false)
	private String defaultCurrency;

	@Column(length = 10, nullable = false)
	private String defaultLanguage;

	@Embedded
	private Address address;

	@Column(nullable = false)
	private Boolean active;

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

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public String getDefaultCurrency() {
		return this.defaultCurrency;
	}

	public void setDefaultCurrency(String defaultCurrency) {
		this.defaultCurrency = defaultCurrency;
	}

	public String getDefaultLanguage() {
		return this.defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public Address getAddress() {
		return this.address;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Store store)) {
			return false;
		}
		return this.id != null && this.id.equals(store.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
