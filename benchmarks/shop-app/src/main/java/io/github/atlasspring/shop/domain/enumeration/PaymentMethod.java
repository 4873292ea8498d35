package io.github.atlasspring.shop.domain.enumeration;

/**
 * How a customer pays.
 */
public enum PaymentMethod {

	CARD, PAYPAL, BANK_TRANSFER, GIFT_CARD, CASH_ON_DELIVERY

}
