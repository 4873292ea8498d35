package io.github.atlasspring.shop.repository;

import java.util.List;

import io.github.atlasspring.shop.domain.Category;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findByVisibleTrueOrderByPositionAsc();

}
