package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A label of products, identified by an assigned code.
 */
@Entity
public class Tag {

	@Id
	@Column(length = 40)
	private String code;

	@Column(nullable = false, length = 80)
	private String label;

}
