package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, embedded in the tables of the entities that have one.
 */
@Embeddable
public class Address {

	@Column(length = 200)
	private String line1;

	@Column(length = 200)
	private String line2;

	@Column(length = 100)
	private String city;

	@Column(length = 20)
	private String postalCode;

	@Column(length = 100)
	private String region;

	@Column(length = 2)
	private String countryCode;

	public String getLine1() {
		return this.line1;
	}

	public void setLine1(String line1) {
		this.line1 = line1;
	}

	public String getLine2() {
		return this.line2;
	}

	public void setLine2(String line2) {
		this.line2 = line2;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

}
