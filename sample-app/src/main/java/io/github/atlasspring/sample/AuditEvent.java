package io.github.atlasspring.sample;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * Something a user did, kept in a schema of its own.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_ids")
	@TableGenerator(name = "audit_ids", table = "audit_ids")
	private Long id;

	@Column(nullable = false, length = 64)
	private String action;

	@Column(nullable = false)
	private Instant occurredAt;

	protected AuditEvent() {
	}

	public AuditEvent(String action, Instant occurredAt) {
		this.action = action;
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getAction() {
		return this.action;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
