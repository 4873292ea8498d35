package io.github.atlasspring.shop.repository;

import java.util.Optional;

import io.github.atlasspring.shop.domain.CustomerOrder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

	@EntityGraph(attributePaths = "items")
	Optional<CustomerOrder> findOneWithItemsByNumber(String number);

	Page<CustomerOrder> findByCustomerEmailOrderByPlacedAtDesc(String email, Pageable pageable);

}
