package io.github.atlasspring.shop.service;

import java.util.Comparator;
import java.util.Optional;

import io.github.atlasspring.shop.domain.CustomerOrder;
import io.github.atlasspring.shop.domain.OrderItem;
import io.github.atlasspring.shop.repository.CustomerOrderRepository;
import io.github.atlasspring.shop.service.dto.OrderSummary;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows customers their orders.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

	private final CustomerOrderRepository orders;

	public OrderService(CustomerOrderRepository orders) {
		this.orders = orders;
	}

	public Page<OrderSummary> ordersOf(String email, Pageable pageable) {
		return this.orders.findByCustomerEmailOrderByPlacedAtDesc(email, pageable).map(OrderService::summary);
	}

	public Optional<OrderSummary> order(String number, String email) {
		return this.orders.findOneWithItemsByNumber(number)
			.filter((order) -> order.getCustomer().getEmail().equalsIgnoreCase(email))
			.map(OrderService::summary);
	}

	private static OrderSummary summary(CustomerOrder order) {
		return new OrderSummary(order.getNumber(), order.getStatus(), order.getPlacedAt(), order.getCurrency(),
				order.getGrandTotal(), order.getItems()
					.stream()
					.sorted(Comparator.comparing(OrderItem::getSku))
					.map((item) -> new OrderSummary.Line(item.getSku(), item.getProductName(), item.getQuantity(),
							item.getLineTotal()))
					.toList());
	}

}
