package io.github.atlasspring.test.blog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A blog post: sized, scaled and unique columns, an index, an enum, a foreign key with a
 * delete rule and a join table.
 */
@Entity
@Table(name = "blog", indexes = @Index(columnList = "published_on"))
public class Blog {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "slug", nullable = false, unique = true, length = 100)
	private String slug;

	@Column(name = "keywords", nullable = false, length = 500)
	private String keywords;

	@Column(name = "price", precision = 10, scale = 2)
	private BigDecimal price;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", length = 20)
	private Status status;

	@ManyToOne(optional = false)
	@JoinColumn(name = "author_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Author author;

	@ManyToMany
	@JoinTable(name = "blog_tag", joinColumns = @JoinColumn(name = "blog_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

}
