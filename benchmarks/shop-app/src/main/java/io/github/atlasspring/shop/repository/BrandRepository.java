package io.github.atlasspring.shop.repository;

import java.util.List;

import io.github.atlasspring.shop.domain.Brand;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BrandRepository extends JpaRepository<Brand, Long> {

	List<Brand> findAllByOrderByNameAsc();

}
