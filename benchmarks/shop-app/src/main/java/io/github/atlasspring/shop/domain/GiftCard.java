package io.github.atlasspring.shop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * A prepaid card customers can pay with.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_gift_card_code", columnNames = { "code" }))
public class GiftCard extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 40, nullable = false)
	private String code;

	@Embedded
	private MonetaryAmount balance;

	@Column(precision = 19, scale = 4, nullable = false)
	private BigDecimal initialValue;

	private LocalDate expiresOn;

	@Column(nullable = false)
	private Boolean active;

	@ManyToOne(fetch = FetchType.LAZY)
	private Customer purchasedBy;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Store store;

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public MonetaryAmount getBalance() {
		return this.balance;
	}

	public void setBalance(MonetaryAmount balance) {
		this.balance = balance;
	}

	public BigDecimal getInitialValue() {
		return this.initialValue;
	}

	public void setInitialValue(BigDecimal initialValue) {
		this.initialValue = initialValue;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

	public Customer getPurchasedBy() {
		return this.purchasedBy;
	}

	public void setPurchasedBy(Customer purchasedBy) {
		this.purchasedBy = purchasedBy;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof GiftCard giftCard)) {
			return false;
		}
		return this.id != null && this.id.equals(giftCard.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
