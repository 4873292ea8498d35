package io.github.atlasspring.shop.domain.enumeration;

/**
 * The state of an order, from checkout to delivery.
 */
public enum OrderStatus {

	PENDING, PAID, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED

}
