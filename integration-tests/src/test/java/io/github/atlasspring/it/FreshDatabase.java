package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * A database created empty for one use, dropped again on {@link #close()}.
 */
final class FreshDatabase implements AutoCloseable {

	private final Login access;

	private final List<Namespace> namespaces;

	private final List<CatalogReader> catalogReaders;

	private final Runnable drop;

	FreshDatabase(Login access, List<Namespace> namespaces, List<CatalogReader> catalogReaders, Runnable drop) {
		this.access = access;
		this.namespaces = List.copyOf(namespaces);
		this.catalogReaders = List.copyOf(catalogReaders);
		this.drop = drop;
	}

	Connection connect() throws SQLException {
		return this.access.connect();
	}

	/**
	 * Return the namespaces the model's tables live in, the default one first.
	 * @return the namespaces
	 */
	List<Namespace> namespaces() {
		return this.namespaces;
	}

	/**
	 * Return what reads the parts of the catalog that JDBC metadata does not show.
	 * @return the readers
	 */
	List<CatalogReader> catalogReaders() {
		return this.catalogReaders;
	}

	/**
	 * Return the Spring Boot properties of a data source on this database.
	 * @return the properties
	 */
	Map<String, String> dataSourceProperties() {
		return Map.of("spring.datasource.url", this.access.url(), "spring.datasource.username",
				nullToEmpty(this.access.username()), "spring.datasource.password", nullToEmpty(this.access.password()));
	}

	@Override
	public void close() {
		this.drop.run();
	}

	@Override
	public String toString() {
		return this.access.url();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
