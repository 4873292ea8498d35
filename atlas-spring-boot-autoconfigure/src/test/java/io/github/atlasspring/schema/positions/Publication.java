package io.github.atlasspring.schema.positions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * The root of a joined inheritance hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Publication {

	@Id
	private Long id;

}
