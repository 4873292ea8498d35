package io.github.atlasspring.hostile.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A run of the scheduled job, in the primary persistence unit.
 */
@Entity
public class JobRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant ranAt;

	protected JobRun() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getRanAt() {
		return this.ranAt;
	}

}
