package io.github.atlasspring.shop.web.rest;

import java.util.List;

import io.github.atlasspring.shop.service.CatalogService;
import io.github.atlasspring.shop.service.dto.BrandDto;
import io.github.atlasspring.shop.service.dto.CategoryDto;
import io.github.atlasspring.shop.service.dto.ProductDto;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalog of the storefront.
 */
@RestController
@RequestMapping("/api")
public class CatalogResource {

	private final CatalogService catalog;

	public CatalogResource(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/categories")
	public List<CategoryDto> categories() {
		return this.catalog.categoryTree();
	}

	@GetMapping("/brands")
	public List<BrandDto> brands() {
		return this.catalog.brands();
	}

	@GetMapping("/products")
	public Page<ProductDto> products(Pageable pageable) {
		return this.catalog.activeProducts(pageable);
	}

	@GetMapping("/products/{slug}")
	public ResponseEntity<ProductDto> product(@PathVariable String slug) {
		return ResponseEntity.of(this.catalog.product(slug));
	}

}
