package io.github.atlasspring.schema.positions;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A test entity with a table in a named schema, a secondary table, a collection table, a
 * join table and a table generator.
 */
@Entity
@Table(name = "library", schema = "catalog")
@SecondaryTable(name = "library_address", schema = "catalog")
public class Library {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "library_ids")
	@TableGenerator(name = "library_ids", table = "library_ids", schema = "catalog")
	private Long id;

	@Column(table = "library_address")
	private String street;

	@ElementCollection
	private Set<String> openingHours = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "library_members", schema = "catalog")
	private Set<Member> members = new HashSet<>();

	/**
	 * A member of libraries, declared inside the library.
	 */
	@Entity
	public static class Member {

		@Id
		private Long id;

	}

}
