package io.github.atlasspring.shop.domain.enumeration;

/**
 * Why an item is sent back.
 */
public enum ReturnReason {

	DAMAGED, WRONG_ITEM, NOT_AS_DESCRIBED, NO_LONGER_NEEDED, OTHER

}
