package io.github.atlasspring.schema.diagram;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/**
 * A test entity with an optional many-to-one and a required one-to-one.
 */
@Entity
public class Clerk {

	@Id
	private Long id;

	@ManyToOne
	private Shop shop;

	@OneToOne(optional = false)
	private Badge badge;

}
