package io.github.atlasspring.shop.service.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to add a product to the catalog as a draft.
 */
public record NewProduct(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 220) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@Size(max = 4000) String description, Long brandId) {

}
