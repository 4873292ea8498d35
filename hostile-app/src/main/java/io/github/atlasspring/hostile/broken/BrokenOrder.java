package io.github.atlasspring.hostile.broken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entity Hibernate rejects: two fields are mapped to the same column.
 */
@Entity
public class BrokenOrder {

	@Id
	private Long id;

	@Column(name = "code")
	private String code;

	@Column(name = "code")
	private String alsoCode;

	protected BrokenOrder() {
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getAlsoCode() {
		return this.alsoCode;
	}

}
