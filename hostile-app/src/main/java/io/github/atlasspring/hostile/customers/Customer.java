package io.github.atlasspring.hostile.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A customer, in the primary persistence unit.
 */
@Entity
public class Customer {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	protected Customer() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
