package io.github.atlasspring.shop.service.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.github.atlasspring.shop.domain.enumeration.OrderStatus;

/**
 * An order as its customer sees it in their account.
 */
public record OrderSummary(String number, OrderStatus status, Instant placedAt, String currency,
		BigDecimal grandTotal, List<Line> lines) {

	public record Line(String sku, String productName, int quantity, BigDecimal lineTotal) {

	}

}
