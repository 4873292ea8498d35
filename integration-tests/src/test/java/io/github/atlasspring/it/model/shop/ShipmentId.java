package io.github.atlasspring.it.model.shop;

import java.io.Serializable;
import java.util.Objects;

/**
 * The key of a shipment: the carrier and its tracking number.
 */
public class ShipmentId implements Serializable {

	private String carrier;

	private String trackingNumber;

	@Override
	public boolean equals(Object other) {
		return (other instanceof ShipmentId that) && Objects.equals(this.carrier, that.carrier)
				&& Objects.equals(this.trackingNumber, that.trackingNumber);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.carrier, this.trackingNumber);
	}

}
