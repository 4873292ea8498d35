package io.github.atlasspring.shop.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A curated, time-limited selection of products shown on the storefront.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_product_collection_slug", columnNames = { "slug" }))
public class ProductCollection extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 200, nullable = false)
	private String title;

	@Column(length = 220, nullable = false)
	private String slug;

	@Column(length = 2000)
	private String description;

	private Instant publishedFrom;

	private Instant publishedUntil;

	@ManyToOne(fetch = FetchType.LAZY)
	private Store store;

	@ManyToMany
	@JoinTable(name = "product_collection_product", joinColumns = @JoinColumn(name = "collection_id"),
			inverseJoinColumns = @JoinColumn(name = "product_id"))
	private Set<Product> products = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Instant getPublishedFrom() {
		return this.publishedFrom;
	}

	public void setPublishedFrom(Instant publishedFrom) {
		this.publishedFrom = publishedFrom;
	}

	public Instant getPublishedUntil() {
		return this.publishedUntil;
	}

	public void setPublishedUntil(Instant publishedUntil) {
		this.publishedUntil = publishedUntil;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Set<Product> getProducts() {
		return this.products;
	}

	public void setProducts(Set<Product> products) {
		this.products = products;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ProductCollection productCollection)) {
			return false;
		}
		return this.id != null && this.id.equals(productCollection.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
