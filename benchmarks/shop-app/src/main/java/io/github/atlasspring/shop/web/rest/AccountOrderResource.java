package io.github.atlasspring.shop.web.rest;

import java.security.Principal;

import io.github.atlasspring.shop.service.OrderService;
import io.github.atlasspring.shop.service.dto.OrderSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's own orders.
 */
@RestController
@RequestMapping("/api/account/orders")
public class AccountOrderResource {

	private final OrderService orders;

	public AccountOrderResource(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping
	public Page<OrderSummary> orders(Principal principal, Pageable pageable) {
		return this.orders.ordersOf(principal.getName(), pageable);
	}

	@GetMapping("/{number}")
	public ResponseEntity<OrderSummary> order(@PathVariable String number, Principal principal) {
		return ResponseEntity.of(this.orders.order(number, principal.getName()));
	}

}
