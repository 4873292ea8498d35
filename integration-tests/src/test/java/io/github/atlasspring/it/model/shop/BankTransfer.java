package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A payment by bank transfer.
 */
@Entity
@DiscriminatorValue("TRANSFER")
public class BankTransfer extends Payment {

	@Column(length = 34)
	private String iban;

	private String reference;

}
