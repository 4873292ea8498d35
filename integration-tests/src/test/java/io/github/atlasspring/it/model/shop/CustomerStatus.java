package io.github.atlasspring.it.model.shop;

/**
 * The state of a customer account, stored by name.
 */
public enum CustomerStatus {

	ACTIVE, SUSPENDED, CLOSED

}
