package io.github.atlasspring.shop.repository;

import java.util.Optional;

import io.github.atlasspring.shop.domain.Product;
import io.github.atlasspring.shop.domain.enumeration.ProductStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductRepository extends JpaRepository<Product, Long> {

	Page<Product> findByStatus(ProductStatus status, Pageable pageable);

	Optional<Product> findOneBySlug(String slug);

	boolean existsBySku(String sku);

}
