package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A postal address, embedded in the tables that need one.
 */
@Embeddable
public class Address {

	@Size(max = 100)
	private String street;

	@Column(length = 60)
	private String city;

	@Size(max = 10)
	private String postalCode;

	@Column(length = 2)
	private String country;

}
