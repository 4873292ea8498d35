package io.github.atlasspring.it.model.billing;

/**
 * The name of the second schema.
 */
public final class BillingSchema {

	public static final String NAME = "atlas_it_billing";

	private BillingSchema() {
	}

}
