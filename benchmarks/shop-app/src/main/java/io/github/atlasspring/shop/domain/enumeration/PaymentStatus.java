package io.github.atlasspring.shop.domain.enumeration;

/**
 * The state of a payment at the provider.
 */
public enum PaymentStatus {

	PENDING, AUTHORIZED, CAPTURED, FAILED, REFUNDED, PARTIALLY_REFUNDED

}
