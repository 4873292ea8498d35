package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;

/**
 * A notification by e-mail, in a table of its own.
 */
@Entity
public class EmailNotification extends Notification {

	@Column(nullable = false, length = 200)
	private String subject;

	@Lob
	private String body;

}
