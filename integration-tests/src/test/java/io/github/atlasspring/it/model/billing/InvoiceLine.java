package io.github.atlasspring.it.model.billing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line of an invoice.
 */
@Embeddable
public class InvoiceLine {

	@Column(nullable = false, length = 120)
	private String description;

	private int quantity;

	@Column(precision = 12, scale = 2)
	private BigDecimal amount;

}
