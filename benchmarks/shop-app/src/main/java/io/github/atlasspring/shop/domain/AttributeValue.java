package io.github.atlasspring.shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One value of a product attribute, such as "XL" or "red".
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_attribute_value_attribute_value", columnNames = { "attribute_id", "value" }))
public class AttributeValue {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 100, nullable = false)
	private String value;

	@Column(length = 100)
	private String label;

	@Column(nullable = false)
	private Integer position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductAttribute attribute;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public ProductAttribute getAttribute() {
		return this.attribute;
	}

	public void setAttribute(ProductAttribute attribute) {
		this.attribute = attribute;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof AttributeValue attributeValue)) {
			return false;
		}
		return this.id != null && this.id.equals(attributeValue.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
