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

/**
 * An answer to a product question, by staff or by another customer.
 */
@Entity
public class ProductAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 2000)
	private String text;

	@Column(nullable = false)
	private Boolean staffAnswer;

	@Column(nullable = false)
	private Instant answeredAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductQuestion question;

	@ManyToOne(fetch = FetchType.LAZY)
	private AppUser author;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Boolean getStaffAnswer() {
		return this.staffAnswer;
	}

	public void setStaffAnswer(Boolean staffAnswer) {
		this.staffAnswer = staffAnswer;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public void setAnsweredAt(Instant answeredAt) {
		this.answeredAt = answeredAt;
	}

	public ProductQuestion getQuestion() {
		return this.question;
	}

	public void setQuestion(ProductQuestion question) {
		this.question = question;
	}

	public AppUser getAuthor() {
		return this.author;
	}

	public void setAuthor(AppUser author) {
		this.author = author;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ProductAnswer productAnswer)) {
			return false;
		}
		return this.id != null && this.id.equals(productAnswer.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
