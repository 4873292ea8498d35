package io.github.atlasspring.it.model.billing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tax rate of a country, in the second schema.
 */
@Entity
@Table(schema = BillingSchema.NAME)
public class TaxRate {

	@Id
	@Column(length = 2)
	private String country;

	@Column(nullable = false, precision = 5, scale = 4)
	private BigDecimal rate;

}
