package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
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
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.github.atlasspring.shop.domain.enumeration.ShipmentStatus;

/**
 * A parcel sent for an order.
 */
@Entity
@Table(indexes = @Index(name = "idx_shipment_tracking_number", columnList = "tracking_number"))
public class Shipment extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 100)
	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private ShipmentStatus status;

	private Instant shippedAt;

	private Instant deliveredAt;

	@Column(precision = 10, scale = 3)
	private BigDecimal weightKg;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	@ManyToOne(fetch = FetchType.LAZY)
	private Carrier carrier;

	@ManyToOne(fetch = FetchType.LAZY)
	private Warehouse warehouse;

	@OneToMany(mappedBy = "shipment")
	private Set<ShipmentItem> items = new HashSet<>();

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTrackingNumber() {
		return this.trackingNumber;
	}

	public void setTrackingNumber(String trackingNumber) {
		this.trackingNumber = trackingNumber;
	}

	public ShipmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(ShipmentStatus status) {
		this.status = status;
	}

	public Instant getShippedAt() {
		return this.shippedAt;
	}

	public void setShippedAt(Instant shippedAt) {
		this.shippedAt = shippedAt;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

	public void setDeliveredAt(Instant deliveredAt) {
		this.deliveredAt = deliveredAt;
	}

	public BigDecimal getWeightKg() {
		return this.weightKg;
	}

	public void setWeightKg(BigDecimal weightKg) {
		this.weightKg = weightKg;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	public Carrier getCarrier() {
		return this.carrier;
	}

	public void setCarrier(Carrier carrier) {
		this.carrier = carrier;
	}

	public Warehouse getWarehouse() {
		return this.warehouse;
	}

	public void setWarehouse(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	public Set<ShipmentItem> getItems() {
		return this.items;
	}

	public void setItems(Set<ShipmentItem> items) {
		this.items = items;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Shipment shipment)) {
			return false;
		}
		return this.id != null && this.id.equals(shipment.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
