package io.github.atlasspring.it;

import java.util.List;

import io.github.atlasspring.it.model.billing.BillingSchema;
import io.github.atlasspring.it.model.ledger.LedgerCatalog;

/**
 * How a database's Hibernate dialect puts tables in a namespace besides the default one,
 * and so which part of the shop model maps that namespace.
 */
enum Namespacing {

	/**
	 * The dialect qualifies names with a schema: the billing tables go to a second
	 * schema.
	 */
	SCHEMA(BillingSchema.class, BillingSchema.NAME),

	/**
	 * The dialect qualifies names with a catalog alone (MySQL and MariaDB, where a
	 * catalog is a database): the ledger tables go to a second database.
	 */
	CATALOG(LedgerCatalog.class, LedgerCatalog.NAME),

	/**
	 * The database has no namespaces to create (SQLite): the shop stays in one.
	 */
	NONE(null, null);

	private final Class<?> modelPackage;

	private final String namespace;

	Namespacing(Class<?> modelPackage, String namespace) {
		this.modelPackage = modelPackage;
		this.namespace = namespace;
	}

	List<String> entityPackages() {
		return (this.modelPackage != null) ? List.of(this.modelPackage.getPackageName()) : List.of();
	}

	List<String> namespaces() {
		return (this.namespace != null) ? List.of(this.namespace) : List.of();
	}

}
