package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Who created and last changed an entity, and when; the columns every audited table has.
 */
@MappedSuperclass
public abstract class AbstractAuditingEntity {

	@Column(length = 50, nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdDate = Instant.now();

	@Column(length = 50)
	private String lastModifiedBy;

	private Instant lastModifiedDate;

	public String getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(String createdBy) {
		this.createdBy = createdBy;
	}

	public Instant getCreatedDate() {
		return this.createdDate;
	}

	public String getLastModifiedBy() {
		return this.lastModifiedBy;
	}

	public void setLastModifiedBy(String lastModifiedBy) {
		this.lastModifiedBy = lastModifiedBy;
	}

	public Instant getLastModifiedDate() {
		return this.lastModifiedDate;
	}

	public void setLastModifiedDate(Instant lastModifiedDate) {
		this.lastModifiedDate = lastModifiedDate;
	}

}
