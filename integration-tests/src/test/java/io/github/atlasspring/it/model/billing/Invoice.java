package io.github.atlasspring.it.model.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.github.atlasspring.it.model.shop.Customer;

/**
 * An invoice in the second schema, with its sequence and lines there too. Its customers
 * are linked through a join table in the default schema: a foreign key from a table in
 * the second schema to one in the default schema would not do, as Hibernate leaves the
 * referenced table unqualified and H2 then looks for it in the second schema.
 */
@Entity
@Table(schema = BillingSchema.NAME,
		uniqueConstraints = @UniqueConstraint(name = "uk_invoice_number", columnNames = "number"))
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_ids")
	@SequenceGenerator(name = "invoice_ids", schema = BillingSchema.NAME, sequenceName = "invoice_seq",
			allocationSize = 5)
	private Long id;

	@Column(nullable = false, length = 20)
	private String number;

	@ManyToOne
	private TaxRate taxRate;

	private LocalDate issuedOn;

	@Column(precision = 12, scale = 2)
	private BigDecimal amount;

	@ElementCollection
	@CollectionTable(schema = BillingSchema.NAME, name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
	@OrderColumn(name = "position")
	private List<InvoiceLine> lines = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "customer_invoice", joinColumns = @JoinColumn(name = "invoice_id"),
			inverseJoinColumns = @JoinColumn(name = "customer_id"))
	private Set<Customer> customers = new HashSet<>();

}
