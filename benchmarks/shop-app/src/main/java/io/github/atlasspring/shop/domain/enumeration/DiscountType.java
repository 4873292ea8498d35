package io.github.atlasspring.shop.domain.enumeration;

/**
 * How a promotion reduces the price.
 */
public enum DiscountType {

	PERCENTAGE, FIXED_AMOUNT, FREE_SHIPPING

}
