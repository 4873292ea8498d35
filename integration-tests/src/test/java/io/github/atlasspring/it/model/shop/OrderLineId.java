package io.github.atlasspring.it.model.shop;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * The key of an order line: its order and its position in the order.
 */
@Embeddable
public class OrderLineId implements Serializable {

	private Long orderId;

	private int lineNumber;

	@Override
	public boolean equals(Object other) {
		return (other instanceof OrderLineId that) && Objects.equals(this.orderId, that.orderId)
				&& this.lineNumber == that.lineNumber;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.orderId, this.lineNumber);
	}

}
