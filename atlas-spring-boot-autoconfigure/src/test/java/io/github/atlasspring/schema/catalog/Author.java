package io.github.atlasspring.schema.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;

/**
 * A test entity with a Bean Validation constraint.
 */
@Entity
public class Author {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	private String fullName;

}
