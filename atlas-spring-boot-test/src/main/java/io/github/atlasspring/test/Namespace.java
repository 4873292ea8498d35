package io.github.atlasspring.test;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Where a schema's tables live, in the terms JDBC metadata takes: a schema on PostgreSQL
 * and H2, a catalog (a database) on MySQL and MariaDB.
 *
 * @param catalog the catalog, or {@code null} when the namespace is a schema
 * @param schema the schema, or {@code null} when the namespace is a catalog
 */
record Namespace(@Nullable String catalog, @Nullable String schema) {

	static Namespace schema(String schema) {
		return new Namespace(null, schema);
	}

	static Namespace catalog(String catalog) {
		return new Namespace(catalog, null);
	}

	/**
	 * Return the schema as a pattern for the metadata methods that take one.
	 * @param metaData the metadata that tells the escape character
	 * @return the pattern, or {@code null} when the namespace is a catalog
	 */
	@Nullable String schemaPattern(DatabaseMetaData metaData) throws SQLException {
		if (this.schema == null) {
			return null;
		}
		String escape = metaData.getSearchStringEscape();
		return this.schema.replace("_", escape + "_").replace("%", escape + "%");
	}

	/**
	 * Return whether an object the catalog places in the given schema belongs here.
	 * @param objectSchema the object's schema, or {@code null} if the catalog does not
	 * tell
	 * @return whether the object is in this namespace
	 */
	boolean contains(@Nullable String objectSchema) {
		return this.schema == null || objectSchema == null || this.schema.equalsIgnoreCase(objectSchema);
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema : String.valueOf(this.catalog);
	}

}
