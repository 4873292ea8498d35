package io.github.atlasspring.schema.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A test entity that Hibernate cannot map: it refers to a class that is no entity.
 */
@Entity
@Table(name = "orders")
public class Order {

	@Id
	private Long id;

	@ManyToOne
	private NotAnEntity owner;

	/**
	 * A plain class.
	 */
	public static class NotAnEntity {

	}

}
