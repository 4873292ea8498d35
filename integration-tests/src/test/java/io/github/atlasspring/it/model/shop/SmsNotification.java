package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Size;

/**
 * A notification by text message, in a table of its own.
 */
@Entity
public class SmsNotification extends Notification {

	@Column(length = 20)
	private String phoneNumber;

	@Size(max = 160)
	private String text;

}
