package io.github.atlasspring.it.model.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An entry of a ledger, in the second catalog.
 */
@Entity
@Table(catalog = LedgerCatalog.NAME, indexes = @Index(name = "idx_ledger_entry_booked_on", columnList = "booked_on"))
public class LedgerEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	private Ledger ledger;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	private LocalDate bookedOn;

}
