package io.github.atlasspring.it.model.shop;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.ColumnDefault;

/**
 * The loyalty card of a customer: a one-to-one with a generated UUID id.
 */
@Entity
public class LoyaltyCard {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@OneToOne(optional = false)
	@JoinColumn(name = "customer_id")
	private Customer customer;

	@Column(nullable = false, length = 19)
	private String number;

	@Min(0)
	@ColumnDefault("0")
	private int points;

}
