package io.github.atlasspring.shop.domain.enumeration;

/**
 * What a customer address is used for.
 */
public enum AddressType {

	BILLING, SHIPPING, BOTH

}
