package io.github.atlasspring.schema.positions;

import jakarta.persistence.Entity;

/**
 * A subclass with a table of its own.
 */
@Entity
public class Journal extends Publication {

	private String issn;

}
