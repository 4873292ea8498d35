package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of money in an ISO 4217 currency.
 */
@Embeddable
public class MonetaryAmount {

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal amount;

	@Column(length = 3, nullable = false)
	private String currency;

	protected MonetaryAmount() {
	}

	public MonetaryAmount(BigDecimal amount, String currency) {
		this.amount = amount;
		this.currency = currency;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getCurrency() {
		return this.currency;
	}

}
