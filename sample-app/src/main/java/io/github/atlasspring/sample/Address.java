package io.github.atlasspring.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, stored in the columns of its owner.
 */
@Embeddable
public class Address {

	@Column(length = 200)
	private String street;

	@Column(length = 100)
	private String city;

	@Column(length = 20)
	private String postalCode;

	protected Address() {
	}

	public Address(String street, String city, String postalCode) {
		this.street = street;
		this.city = city;
		this.postalCode = postalCode;
	}

	public String getStreet() {
		return this.street;
	}

	public String getCity() {
		return this.city;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

}
