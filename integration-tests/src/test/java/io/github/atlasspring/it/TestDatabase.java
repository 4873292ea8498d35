package io.github.atlasspring.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A database product the schema tests run on: what to print the DDL for, and how to get a
 * fresh, empty database of it.
 */
interface TestDatabase {

	/**
	 * Return the dialect name to print the DDL for.
	 * @return the Atlas dialect name
	 */
	String dialect();

	/**
	 * Return the version to print the DDL for: the version of the server the tests run
	 * on, so that the DDL compares with what Hibernate creates there.
	 * @return the version, or {@code null} for the dialect's default
	 */
	String version();

	/**
	 * Return how Hibernate puts tables in a second namespace of this database.
	 * @return the kind of namespace
	 */
	Namespacing namespacing();

	/**
	 * Return the Spring Boot properties that an application on this database needs.
	 * @return the properties
	 */
	default Map<String, String> applicationProperties() {
		return Map.of();
	}

	/**
	 * Create a fresh database.
	 * @param namespaces the schemas or catalogs the model uses besides the default one
	 * @return the database, empty: the namespaces are left to the DDL to create
	 */
	FreshDatabase create(List<String> namespaces);

	static String uniqueName() {
		return "atlas_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

}
