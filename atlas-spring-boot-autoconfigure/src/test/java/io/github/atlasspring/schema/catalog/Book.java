package io.github.atlasspring.schema.catalog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/**
 * A test entity with a table-generated id, a camel-case attribute and a join table, so
 * that naming strategies and seed rows show in its DDL.
 */
@Entity
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE)
	private Long id;

	@Column(nullable = false)
	private String title;

	private LocalDate publishedOn;

	@ManyToMany
	private Set<Author> authors = new HashSet<>();

}
