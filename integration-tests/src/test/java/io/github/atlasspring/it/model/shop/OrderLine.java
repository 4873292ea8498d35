package io.github.atlasspring.it.model.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.ColumnDefault;

/**
 * A line of an order: an {@code @EmbeddedId} that shares the order's key.
 */
@Entity
public class OrderLine {

	@EmbeddedId
	private OrderLineId id;

	@MapsId("orderId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	@ManyToOne(optional = false)
	private Product product;

	@Min(1)
	@ColumnDefault("1")
	private int quantity;

	@Column(nullable = false, precision = 10, scale = 2)
	private BigDecimal unitPrice;

}
