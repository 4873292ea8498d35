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

import io.github.atlasspring.shop.domain.enumeration.PurchaseOrderStatus;

/**
 * An order of stock from a supplier.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_purchase_order_number", columnNames = { "number" }))
public class PurchaseOrder extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private PurchaseOrderStatus status;

	@Column(nullable = false)
	private LocalDate orderDate;

	private LocalDate expectedDate;

	@Column(length = 3, nullable = false)
	private String currency;

	@Column(precision = 19, scale = 4)
	private BigDecimal total;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Supplier supplier;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Warehouse warehouse;

	@OneToMany(mappedBy = "purchaseOrder")
	private Set<PurchaseOrderLine> lines = new HashSet<>();

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

	public PurchaseOrderStatus getStatus() {
		return this.status;
	}

	public void setStatus(PurchaseOrderStatus status) {
		this.status = status;
	}

	public LocalDate getOrderDate() {
		return this.orderDate;
	}

	public void setOrderDate(LocalDate orderDate) {
		this.orderDate = orderDate;
	}

	public LocalDate getExpectedDate() {
		return this.expectedDate;
	}

	public void setExpectedDate(LocalDate expectedDate) {
		this.expectedDate = expectedDate;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public void setTotal(BigDecimal total) {
		this.total = total;
	}

	public Supplier getSupplier() {
		return this.supplier;
	}

	public void setSupplier(Supplier supplier) {
		this.supplier = supplier;
	}

	public Warehouse getWarehouse() {
		return this.warehouse;
	}

	public void setWarehouse(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	public Set<PurchaseOrderLine> getLines() {
		return this.lines;
	}

	public void setLines(Set<PurchaseOrderLine> lines) {
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
		if (!(other instanceof PurchaseOrder purchaseOrder)) {
			return false;
		}
		return this.id != null && this.id.equals(purchaseOrder.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
