package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A customer finding a review helpful, or not.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_review_vote_review_customer", columnNames = { "review_id", "customer_id" }))
public class ReviewVote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Boolean helpful;

	@Column(nullable = false)
	private Instant votedAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Review review;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Customer customer;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Boolean getHelpful() {
		return this.helpful;
	}

	public void setHelpful(Boolean helpful) {
		this.helpful = helpful;
	}

	public Instant getVotedAt() {
		return this.votedAt;
	}

	public void setVotedAt(Instant votedAt) {
		this.votedAt = votedAt;
	}

	public Review getReview() {
		return this.review;
	}

	public void setReview(Review review) {
		this.review = review;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ReviewVote reviewVote)) {
			return false;
		}
		return this.id != null && this.id.equals(reviewVote.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
