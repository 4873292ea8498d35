package io.github.atlasspring.shop.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * The points balance of a customer in the loyalty programme.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_loyalty_account_number", columnNames = { "number" }))
public class LoyaltyAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String number;

	@Column(nullable = false)
	private Long pointsBalance;

	@Column(length = 20, nullable = false)
	private String tier;

	@Column(nullable = false)
	private LocalDate memberSince;

	@OneToOne(optional = false)
	@JoinColumn(unique = true)
	private Customer customer;

	@OneToMany(mappedBy = "account")
	private Set<LoyaltyTransaction> transactions = new HashSet<>();

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public Long getPointsBalance() {
		return this.pointsBalance;
	}

	public void setPointsBalance(Long pointsBalance) {
		this.pointsBalance = pointsBalance;
	}

	public String getTier() {
		return this.tier;
	}

	public void setTier(String tier) {
		this.tier = tier;
	}

	public LocalDate getMemberSince() {
		return this.memberSince;
	}

	public void setMemberSince(LocalDate memberSince) {
		this.memberSince = memberSince;
	}

	public Customer getCustomer() {
		return this.customer;
	}

	public void setCustomer(Customer customer) {
		this.customer = customer;
	}

	public Set<LoyaltyTransaction> getTransactions() {
		return this.transactions;
	}

	public void setTransactions(Set<LoyaltyTransaction> transactions) {
		this.transactions = transactions;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof LoyaltyAccount loyaltyAccount)) {
			return false;
		}
		return this.id != null && this.id.equals(loyaltyAccount.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
