package io.github.atlasspring.shop.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.github.atlasspring.shop.domain.enumeration.PaymentMethod;
import io.github.atlasspring.shop.domain.enumeration.PaymentStatus;

/**
 * A payment of an order through a payment provider.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_payment_provider_reference", columnNames = { "provider_reference" }), indexes = @Index(name = "idx_payment_order", columnList = "order_id"))
public class Payment extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private PaymentMethod method;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private PaymentStatus status;

	@Embedded
	private MonetaryAmount amount;

	@Column(length = 100)
	private String providerReference;

	private Instant authorizedAt;

	private Instant capturedAt;

	@Column(length = 500)
	private String failureReason;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	@OneToMany(mappedBy = "payment")
	private Set<Refund> refunds = new HashSet<>();

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public void setMethod(PaymentMethod method) {
		this.method = method;
	}

	public PaymentStatus getStatus() {
		return this.status;
	}

	public void setStatus(PaymentStatus status) {
		this.status = status;
	}

	public MonetaryAmount getAmount() {
		return this.amount;
	}

	public void setAmount(MonetaryAmount amount) {
		this.amount = amount;
	}

	public String getProviderReference() {
		return this.providerReference;
	}

	public void setProviderReference(String providerReference) {
		this.providerReference = providerReference;
	}

	public Instant getAuthorizedAt() {
		return this.authorizedAt;
	}

	public void setAuthorizedAt(Instant authorizedAt) {
		this.authorizedAt = authorizedAt;
	}

	public Instant getCapturedAt() {
		return this.capturedAt;
	}

	public void setCapturedAt(Instant capturedAt) {
		this.capturedAt = capturedAt;
	}

	public String getFailureReason() {
		return this.failureReason;
	}

	public void setFailureReason(String failureReason) {
		this.failureReason = failureReason;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	public Set<Refund> getRefunds() {
		return this.refunds;
	}

	public void setRefunds(Set<Refund> refunds) {
		this.refunds = refunds;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Payment payment)) {
			return false;
		}
		return this.id != null && this.id.equals(payment.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
