/**
 * The part of the test model in a second schema, {@link BillingSchema#NAME}, for
 * PostgreSQL and H2.
 */
package io.github.atlasspring.it.model.billing;
