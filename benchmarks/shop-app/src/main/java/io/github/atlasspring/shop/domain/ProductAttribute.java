package io.github.atlasspring.shop.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A kind of variation, such as size or colour.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_product_attribute_code", columnNames = { "code" }))
public class ProductAttribute {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 50, nullable = false)
	private String code;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(nullable = false)
	private Boolean filterable;

	@OneToMany(mappedBy = "attribute")
	private Set<AttributeValue> values = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Boolean getFilterable() {
		return this.filterable;
	}

	public void setFilterable(Boolean filterable) {
		this.filterable = filterable;
	}

	public Set<AttributeValue> getValues() {
		return this.values;
	}

	public void setValues(Set<AttributeValue> values) {
		this.values = values;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ProductAttribute productAttribute)) {
			return false;
		}
		return this.id != null && this.id.equals(productAttribute.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
