package io.github.atlasspring.shop.domain.enumeration;

/**
 * How a notification reaches the customer.
 */
public enum NotificationChannel {

	EMAIL, SMS, PUSH

}
