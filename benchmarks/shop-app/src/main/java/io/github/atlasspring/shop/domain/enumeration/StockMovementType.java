package io.github.atlasspring.shop.domain.enumeration;

/**
 * What changed the stock.
 */
public enum StockMovementType {

	RECEIPT, SALE, RETURN, ADJUSTMENT, TRANSFER

}
