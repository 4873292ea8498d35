package io.github.atlasspring.shop.service;

import java.util.List;
import java.util.Optional;

import io.github.atlasspring.shop.config.CacheConfiguration;
import io.github.atlasspring.shop.domain.Brand;
import io.github.atlasspring.shop.domain.Category;
import io.github.atlasspring.shop.domain.Product;
import io.github.atlasspring.shop.domain.enumeration.ProductStatus;
import io.github.atlasspring.shop.repository.BrandRepository;
import io.github.atlasspring.shop.repository.CategoryRepository;
import io.github.atlasspring.shop.repository.ProductRepository;
import io.github.atlasspring.shop.service.dto.BrandDto;
import io.github.atlasspring.shop.service.dto.CategoryDto;
import io.github.atlasspring.shop.service.dto.NewProduct;
import io.github.atlasspring.shop.service.dto.ProductDto;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalog for the storefront and adds products for the back office.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	private final CategoryRepository categories;

	private final BrandRepository brands;

	private final ProductRepository products;

	public CatalogService(CategoryRepository categories, BrandRepository brands, ProductRepository products) {
		this.categories = categories;
		this.brands = brands;
		this.products = products;
	}

	@Cacheable(CacheConfiguration.CATEGORY_TREE)
	public List<CategoryDto> categoryTree() {
		return this.categories.findByVisibleTrueOrderByPositionAsc().stream().map(CatalogService::toDto).toList();
	}

	@Cacheable(CacheConfiguration.BRANDS)
	public List<BrandDto> brands() {
		return this.brands.findAllByOrderByNameAsc()
			.stream()
			.map((brand) -> new BrandDto(brand.getId(), brand.getName(), brand.getSlug()))
			.toList();
	}

	public Page<ProductDto> activeProducts(Pageable pageable) {
		return this.products.findByStatus(ProductStatus.ACTIVE, pageable).map(CatalogService::toDto);
	}

	public Optional<ProductDto> product(String slug) {
		return this.products.findOneBySlug(slug).map(CatalogService::toDto);
	}

	@Transactional
	@CacheEvict(cacheNames = CacheConfiguration.BRANDS, allEntries = true)
	public ProductDto addDraft(NewProduct request) {
		if (this.products.existsBySku(request.sku())) {
			throw new IllegalArgumentException("A product with SKU " + request.sku() + " exists already");
		}
		Product product = new Product();
		product.setSku(request.sku());
		product.setName(request.name());
		product.setSlug(request.slug());
		product.setDescription(request.description());
		product.setStatus(ProductStatus.DRAFT);
		product.setFeatured(false);
		if (request.brandId() != null) {
			Brand brand = this.brands.findById(request.brandId())
				.orElseThrow(() -> new IllegalArgumentException("No brand " + request.brandId()));
			product.setBrand(brand);
		}
		return toDto(this.products.save(product));
	}

	private static CategoryDto toDto(Category category) {
		Long parentId = (category.getParent() != null) ? category.getParent().getId() : null;
		return new CategoryDto(category.getId(), category.getName(), category.getSlug(), parentId,
				category.getPosition());
	}

	private static ProductDto toDto(Product product) {
		String brand = (product.getBrand() != null) ? product.getBrand().getName() : null;
		return new ProductDto(product.getId(), product.getSku(), product.getName(), product.getSlug(),
				product.getStatus(), brand);
	}

}
