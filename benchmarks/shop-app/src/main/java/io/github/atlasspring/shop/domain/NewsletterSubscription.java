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
 * An e-mail address signed up for a store's newsletter.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_newsletter_subscription_store_email", columnNames = { "store_id", "email" }))
public class NewsletterSubscription {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 191, nullable = false)
	private String email;

	@Column(nullable = false)
	private Boolean confirmed;

	@Column(length = 36)
	private String confirmationToken;

	@Column(nullable = false)
	private Instant subscribedAt;

	private Instant unsubscribedAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Store store;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Boolean getConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(Boolean confirmed) {
		this.confirmed = confirmed;
	}

	public String getConfirmationToken() {
		return this.confirmationToken;
	}

	public void setConfirmationToken(String confirmationToken) {
		this.confirmationToken = confirmationToken;
	}

	public Instant getSubscribedAt() {
		return this.subscribedAt;
	}

	public void setSubscribedAt(Instant subscribedAt) {
		this.subscribedAt = subscribedAt;
	}

	public Instant getUnsubscribedAt() {
		return this.unsubscribedAt;
	}

	public void setUnsubscribedAt(Instant unsubscribedAt) {
		this.unsubscribedAt = unsubscribedAt;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof NewsletterSubscription newsletterSubscription)) {
			return false;
		}
		return this.id != null && this.id.equals(newsletterSubscription.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
