package io.github.atlasspring.it.model.shop;

/**
 * The loyalty tier of a customer, stored by ordinal.
 */
public enum CustomerTier {

	BRONZE, SILVER, GOLD

}
