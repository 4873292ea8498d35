package io.github.atlasspring.shop.service.dto;

public record BrandDto(Long id, String name, String slug) {

}
