package io.github.atlasspring.schema.diagram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A test entity in a named schema, with a unique column.
 */
@Entity
@Table(name = "shop", schema = "sales")
public class Shop {

	@Id
	private Long id;

	@Column(nullable = false, unique = true, length = 20)
	private String code;

}
