package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A phone number of a customer, stored in an element collection.
 */
@Embeddable
public class Phone {

	@Enumerated(EnumType.STRING)
	@Column(length = 8, nullable = false)
	private PhoneKind kind;

	@Column(length = 20, nullable = false)
	private String number;

	/**
	 * Kinds of phone numbers.
	 */
	public enum PhoneKind {

		HOME, MOBILE, WORK

	}

}
