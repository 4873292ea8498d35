package io.github.atlasspring.shop.domain;

import java.time.Instant;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import io.github.atlasspring.shop.domain.enumeration.ReturnStatus;

/**
 * A customer's request to send items of an order back.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_return_request_number", columnNames = { "number" }))
public class ReturnRequest extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 20, nullable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(length = 30, nullable = false)
	private ReturnStatus status;

	@Column(nullable = false)
	private Instant requestedAt;

	@Column(length = 2000)
	private String comment;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private CustomerOrder order;

	@OneToMany(mappedBy = "returnRequest")
	private Set<ReturnItem> items = new HashSet<>();

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

	public ReturnStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReturnStatus status) {
		this.status = status;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public void setRequestedAt(Instant requestedAt) {
		this.requestedAt = requestedAt;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public CustomerOrder getOrder() {
		return this.order;
	}

	public void setOrder(CustomerOrder order) {
		this.order = order;
	}

	public Set<ReturnItem> getItems() {
		return this.items;
	}

	public void setItems(Set<ReturnItem> items) {
		this.items = items;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ReturnRequest returnRequest)) {
			return false;
		}
		return this.id != null && this.id.equals(returnRequest.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
