package io.github.atlasspring.shop.domain.enumeration;

/**
 * A customer's gender, as they chose to state it.
 */
public enum Gender {

	FEMALE, MALE, OTHER, UNDISCLOSED

}
