package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A group of customers with its own prices and promotions, such as wholesale buyers.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_customer_group_code", columnNames = { "code" }))
public class CustomerGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 30, nullable = false)
	private String code;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(precision = 5, scale = 2)
	private BigDecimal discountPercent;

	@ManyToMany
	@JoinTable(name = "customer_group_member", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "customer_id"))
	private Set<Customer> members = new HashSet<>();

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

	public BigDecimal getDiscountPercent() {
		return this.discountPercent;
	}

	public void setDiscountPercent(BigDecimal discountPercent) {
		this.discountPercent = discountPercent;
	}

	public Set<Customer> getMembers() {
		return this.members;
	}

	public void setMembers(Set<Customer> members) {
		this.members = members;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CustomerGroup customerGroup)) {
			return false;
		}
		return this.id != null && this.id.equals(customerGroup.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
