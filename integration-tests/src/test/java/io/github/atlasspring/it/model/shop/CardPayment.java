package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A payment by card.
 */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

	@Column(length = 4)
	private String lastDigits;

	@Column(length = 20)
	private String network;

}
