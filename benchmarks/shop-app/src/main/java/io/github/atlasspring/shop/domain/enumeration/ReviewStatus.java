package io.github.atlasspring.shop.domain.enumeration;

/**
 * The moderation state of a review.
 */
public enum ReviewStatus {

	PENDING, APPROVED, REJECTED

}
