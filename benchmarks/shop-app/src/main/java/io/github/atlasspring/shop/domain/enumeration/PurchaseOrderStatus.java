package io.github.atlasspring.shop.domain.enumeration;

/**
 * The state of a purchase order.
 */
public enum PurchaseOrderStatus {

	DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CANCELLED

}
