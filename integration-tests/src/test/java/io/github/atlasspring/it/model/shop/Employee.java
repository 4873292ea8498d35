package io.github.atlasspring.it.model.shop;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

/**
 * An employee of a department, mentored by another employee.
 */
@Entity
public class Employee {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	private String name;

	@ManyToOne(optional = false)
	private Department department;

	@ManyToOne
	private Employee mentor;

	@ElementCollection
	@CollectionTable(name = "employee_skill", joinColumns = @JoinColumn(name = "employee_id"))
	@Column(name = "skill", length = 40)
	private Set<String> skills = new HashSet<>();

}
