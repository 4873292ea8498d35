package io.github.atlasspring.shop.domain.enumeration;

/**
 * Where a parcel is.
 */
public enum ShipmentStatus {

	READY, SHIPPED, IN_TRANSIT, DELIVERED, RETURNED, LOST

}
