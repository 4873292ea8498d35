package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Points earned or spent on a loyalty account.
 */
@Entity
@Table(indexes = @Index(name = "idx_loyalty_transaction_account_date", columnList = "account_id, occurred_at"))
public class LoyaltyTransaction {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Long points;

	@Column(length = 200, nullable = false)
	private String reason;

	@Column(nullable = false)
	private Instant occurredAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private LoyaltyAccount account;

	@ManyToOne(fetch = FetchType.LAZY)
	private CustomerOrder order;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getPoints() {
		return this.points;
	}

	public void setPoints(Long points) {
		this.points = points;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(Instant occurredAt) {
		this.occurredAt = occurredAt;
	}

	public LoyaltyAccount getAccount() {
		return this.account;
	}

	public void setAccount(LoyaltyAccount account) {
		this.account = account;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof LoyaltyTransaction loyaltyTransaction)) {
			return false;
		}
		return this.id != null && this.id.equals(loyaltyTransaction.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
