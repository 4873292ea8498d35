package io.github.atlasspring.shop.config;

/**
 * The authorities the application checks, as stored in {@code jhi_authority}.
 */
public final class AuthoritiesConstants {

	public static final String ADMIN = "ROLE_ADMIN";

	public static final String USER = "ROLE_USER";

	private AuthoritiesConstants() {
	}

}
