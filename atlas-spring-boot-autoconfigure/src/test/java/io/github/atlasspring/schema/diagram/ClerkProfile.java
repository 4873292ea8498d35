package io.github.atlasspring.schema.diagram;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/**
 * A test entity that shares its clerk's primary key.
 */
@Entity
public class ClerkProfile {

	@Id
	private Long id;

	@MapsId
	@OneToOne
	private Clerk clerk;

	@Column(precision = 12, scale = 2)
	private BigDecimal salary;

}
