package io.github.atlasspring.migrating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * A customer.
 */
@Entity
public class Customer {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false, length = 100)
	private String name;

	private String email;

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

}
