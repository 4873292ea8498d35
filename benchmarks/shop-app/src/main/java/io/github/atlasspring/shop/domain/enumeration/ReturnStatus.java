package io.github.atlasspring.shop.domain.enumeration;

/**
 * The state of a return request.
 */
public enum ReturnStatus {

	REQUESTED, APPROVED, RECEIVED, REFUNDED, REJECTED

}
