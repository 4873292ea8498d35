package io.github.atlasspring.it.model.ledger;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

import io.github.atlasspring.it.model.shop.Customer;

/**
 * A ledger in the second catalog, with its id generator table and labels there too, and
 * its customers linked through a join table in the default database. Its ids come from a
 * table, not a sequence: Hibernate's schema validation on MariaDB looks for sequences in
 * the default database only, so it rejects a sequence in another catalog even where
 * Hibernate created it itself.
 */
@Entity
@Table(catalog = LedgerCatalog.NAME,
		uniqueConstraints = @UniqueConstraint(name = "uk_ledger_code", columnNames = "code"))
public class Ledger {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_ids")
	@TableGenerator(name = "ledger_ids", catalog = LedgerCatalog.NAME, table = "ledger_id_generator",
			allocationSize = 10)
	private Long id;

	@Column(nullable = false, length = 12)
	private String code;

	@Column(length = 3)
	private String currency;

	@ElementCollection
	@CollectionTable(catalog = LedgerCatalog.NAME, name = "ledger_label", joinColumns = @JoinColumn(name = "ledger_id"))
	@Column(name = "label", length = 30)
	private Set<String> labels = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "customer_ledger", joinColumns = @JoinColumn(name = "ledger_id"),
			inverseJoinColumns = @JoinColumn(name = "customer_id"))
	private Set<Customer> customers = new HashSet<>();

}
