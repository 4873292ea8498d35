package io.github.atlasspring.schema.diagram;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A test entity that a clerk owns one of.
 */
@Entity
public class Badge {

	@Id
	private Long id;

	private Instant issuedAt;

}
