package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import io.github.atlasspring.shop.domain.enumeration.AddressType;

/**
 * An address a customer saved for billing or delivery.
 */
@Entity
public class CustomerAddress {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private AddressType type;

	@Column(length = 50)
	private String label;

	@Column(length = 100, nullable = false)
	private String recipient;

	@Embedded
	private Address address;

	@Column(nullable = false)
	private Boolean defaultAddress;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Customer customer;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public AddressType getType() {
		return this.type;
	}

	public void setType(AddressType type) {
		this.type = type;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(String recipient) {
		this.recipient = recipient;
	}

	public Address getAddress() {
		return this.address;
	}

	public void setAddress(Address address) {
		this.address = address;
	}

	public Boolean getDefaultAddress() {
		return this.defaultAddress;
	}

	public void setDefaultAddress(Boolean defaultAddress) {
		this.defaultAddress = defaultAddress;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CustomerAddress customerAddress)) {
			return false;
		}
		return this.id != null && this.id.equals(customerAddress.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
