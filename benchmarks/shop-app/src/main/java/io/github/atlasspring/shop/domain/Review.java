package io.github.atlasspring.shop.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.github.atlasspring.shop.domain.enumeration.ReviewStatus;

/**
 * A customer's review of a product, moderated before it is shown.
 */
@Entity
@Table(indexes = @Index(name = "idx_review_product_status", columnList = "product_id, status"))
public class Review extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Integer rating;

	@Column(length = 200)
	private String title;

	@Column(length = 4000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private ReviewStatus status;

	@Column(nullable = false)
	private Boolean verifiedPurchase;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Product product;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Customer customer;

	@OneToMany(mappedBy = "review")
	private Set<ReviewVote> votes = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public ReviewStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReviewStatus status) {
		this.status = status;
	}

	public Boolean getVerifiedPurchase() {
		return this.verifiedPurchase;
	}

	public void setVerifiedPurchase(Boolean verifiedPurchase) {
		this.verifiedPurchase = verifiedPurchase;
	}

	public Product getProduct() {
		return this.product;
	}

	public void setProduct(Product product) {
		this.product = product;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public Set<ReviewVote> getVotes() {
		return this.votes;
	}

	public void setVotes(Set<ReviewVote> votes) {
		this.votes = votes;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Review review)) {
			return false;
		}
		return this.id != null && this.id.equals(review.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
