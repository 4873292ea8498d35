package io.github.atlasspring.shop.web.rest;

import java.net.URI;

import jakarta.validation.Valid;

import io.github.atlasspring.shop.service.CatalogService;
import io.github.atlasspring.shop.service.dto.NewProduct;
import io.github.atlasspring.shop.service.dto.ProductDto;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalog administration for the back office.
 */
@RestController
@RequestMapping("/api/admin/products")
public class ProductAdminResource {

	private final CatalogService catalog;

	public ProductAdminResource(CatalogService catalog) {
		this.catalog = catalog;
	}

	@PostMapping
	public ResponseEntity<ProductDto> create(@Valid @RequestBody NewProduct request) {
		ProductDto created = this.catalog.addDraft(request);
		return ResponseEntity.created(URI.create("/api/products/" + created.slug())).body(created);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	public ProblemDetail rejected(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
