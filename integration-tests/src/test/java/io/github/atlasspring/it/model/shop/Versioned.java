package io.github.atlasspring.it.model.shop;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Columns shared by the versioned entities: an optimistic lock and timestamps.
 */
@MappedSuperclass
public abstract class Versioned {

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private OffsetDateTime updatedAt;

}
