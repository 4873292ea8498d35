package io.github.atlasspring.shop.domain.enumeration;

/**
 * Where a product is in its life in the catalog.
 */
public enum ProductStatus {

	DRAFT, ACTIVE, DISCONTINUED, ARCHIVED

}
