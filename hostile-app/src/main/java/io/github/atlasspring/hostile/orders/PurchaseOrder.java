package io.github.atlasspring.hostile.orders;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An order, in the {@code orders} persistence unit.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

	@Id
	private Long id;

	@Column(nullable = false, precision = 10, scale = 2)
	private BigDecimal total;

	protected PurchaseOrder() {
	}

	public Long getId() {
		return this.id;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

}
