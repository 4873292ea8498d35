package io.github.atlasspring.shop.service.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.atlasspring.shop.domain.enumeration.ProductStatus;

/**
 * A product as the storefront lists it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductDto(Long id, String sku, String name, String slug, ProductStatus status, String brand) {

}
