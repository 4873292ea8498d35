package io.github.atlasspring.test.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity in a schema of its own, whose DDL creates that schema.
 */
@Entity
@Table(name = "audit_entry", schema = "audit")
public class AuditEntry {

	@Id
	private Long id;

}
