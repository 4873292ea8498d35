package io.github.atlasspring.it.model.shop;

/**
 * The state of a purchase order.
 */
public enum OrderState {

	OPEN, PAID, SHIPPED, CANCELLED

}
