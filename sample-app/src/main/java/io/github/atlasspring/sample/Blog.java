package io.github.atlasspring.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A blog post, written by a user.
 */
@Entity
public class Blog {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_seq")
	@SequenceGenerator(name = "blog_seq", sequenceName = "blog_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Lob
	private String body;

	@Convert(converter = KeywordsConverter.class)
	@Column(length = 500)
	private List<String> keywords = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "userId")
	private User user;

	@ManyToMany
	@JoinTable(name = "blog_tags", joinColumns = @JoinColumn(name = "blog_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

	protected Blog() {
	}

	public Blog(String title, User user) {
		this.title = title;
		this.user = user;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public List<String> getKeywords() {
		return this.keywords;
	}

	public User getUser() {
		return this.user;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
