package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.github.atlasspring.shop.domain.enumeration.InvoiceStatus;

/**
 * The invoice of an order, numbered without gaps per store.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_invoice_number", columnNames = { "number" }))
public class Invoice extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private InvoiceStatus status;

	@Column(nullable = false)
	private LocalDate issueDate;

	private LocalDate dueDate;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal netTotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal taxTotal;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal grossTotal;

	@Column(length = 3, nullable = false)
	private String currency;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	@OneToMany(mappedBy = "invoice")
	private Set<InvoiceLine> lines = new HashSet<>();

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public InvoiceStatus getStatus() {
		return this.status;
	}

	public void setStatus(InvoiceStatus status) {
		this.status = status;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public BigDecimal getNetTotal() {
		return this.netTotal;
	}

	public void setNetTotal(BigDecimal netTotal) {
		this.netTotal = netTotal;
	}

	public BigDecimal getTaxTotal() {
		return this.taxTotal;
	}

	public void setTaxTotal(BigDecimal taxTotal) {
		this.taxTotal = taxTotal;
	}

	public BigDecimal getGrossTotal() {
		return this.grossTotal;
	}

	public void setGrossTotal(BigDecimal grossTotal) {
		this.grossTotal = grossTotal;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	public Set<InvoiceLine> getLines() {
		return this.lines;
	}

	public void setLines(Set<InvoiceLine> lines) {
		this.lines = lines;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Invoice invoice)) {
			return false;
		}
		return this.id != null && this.id.equals(invoice.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
