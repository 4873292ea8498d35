package io.github.atlasspring.it.model.shop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * An order of a customer, with an id from a table generator.
 */
@Entity
@Table(name = "purchase_order", indexes = @Index(name = "idx_order_placed_at", columnList = "placed_at"))
public class PurchaseOrder extends Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "order_ids")
	@TableGenerator(name = "order_ids", table = "id_generator", pkColumnName = "generator",
			valueColumnName = "next_value", pkColumnValue = "purchase_order", allocationSize = 10)
	private Long id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	private Customer customer;

	@Column(nullable = false)
	private LocalDateTime placedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private OrderState state;

	@Column(precision = 12, scale = 2)
	private BigDecimal total;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
	private List<OrderLine> lines = new ArrayList<>();

}
