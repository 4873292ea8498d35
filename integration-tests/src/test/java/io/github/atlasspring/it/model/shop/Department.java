package io.github.atlasspring.it.model.shop;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A department of the shop, whose manager is one of its employees: with
 * {@link Employee#department} a cycle of foreign keys.
 */
@Entity
public class Department {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	@Size(max = 60)
	private String name;

	@ManyToOne
	@JoinColumn(name = "manager_id")
	private Employee manager;

	@OneToMany(mappedBy = "department")
	private Set<Employee> staff = new HashSet<>();

}
