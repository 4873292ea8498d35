package io.github.atlasspring.migrating;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * One start-up of the application.
 */
@Entity
public class StartupEvent {

	@Id
	@GeneratedValue
	private Long id;

	@Column(nullable = false)
	private OffsetDateTime startedAt;

	public Long getId() {
		return this.id;
	}

	public OffsetDateTime getStartedAt() {
		return this.startedAt;
	}

}
