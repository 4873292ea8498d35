package io.github.atlasspring.shop.domain.enumeration;

/**
 * The state of an invoice.
 */
public enum InvoiceStatus {

	DRAFT, ISSUED, PAID, VOID

}
