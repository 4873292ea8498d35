package io.github.atlasspring.it.model.audit;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/**
 * An audited article, whose author and keywords are audited too.
 */
@Entity
@Audited
public class Article {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private int version;

	@NotNull
	@Size(max = 120)
	private String title;

	@Lob
	private String content;

	@ManyToOne
	private Author author;

	@ElementCollection
	@CollectionTable(name = "article_keyword", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "keyword", length = 40)
	private Set<String> keywords = new HashSet<>();

}
