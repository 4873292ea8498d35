package io.github.atlasspring.it.model.shop;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A shipment of an order, keyed by an {@code @IdClass}.
 */
@Entity
@IdClass(ShipmentId.class)
public class Shipment {

	@Id
	@Column(length = 20)
	private String carrier;

	@Id
	@Column(length = 40)
	private String trackingNumber;

	@ManyToOne(optional = false)
	@JoinColumn(name = "order_id")
	private PurchaseOrder order;

	private Instant shippedAt;

	private OffsetDateTime deliveredAt;

}
