package io.github.atlasspring.sample;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A blog author or reader.
 */
@Entity
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "uk_users_email", columnNames = "email"),
		indexes = @Index(name = "idx_users_last_name", columnList = "lastName"))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 100)
	private String firstName;

	@Column(nullable = false, length = 100)
	private String lastName;

	@Column(nullable = false, length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role = Role.READER;

	@Embedded
	private Address address;

	@OneToMany(mappedBy = "user")
	private List<Blog> blogs = new ArrayList<>();

	@Version
	private long version;

	protected User() {
	}

	public User(String firstName, String lastName, String email) {
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
	}

	public Long getId() {
		return this.id;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public Address getAddress() {
		return this.address;
	}

	public List<Blog> getBlogs() {
		return this.blogs;
	}

}
