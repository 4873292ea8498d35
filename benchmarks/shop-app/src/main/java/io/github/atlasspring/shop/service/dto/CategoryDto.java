package io.github.atlasspring.shop.service.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A visible category of the catalog tree; {@code parentId} is absent for a top-level one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryDto(Long id, String name, String slug, Long parentId, int position) {

}
