package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A role a user of the back office can hold, such as {@code ROLE_ADMIN}.
 */
@Entity
@Table(name = "jhi_authority")
public class Authority {

	@Id
	@NotNull
	@Size(max = 50)
	@Column(length = 50)
	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Authority authority)) {
			return false;
		}
		return this.name != null && this.name.equals(authority.name);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
