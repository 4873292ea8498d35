package io.github.atlasspring.it;

/**
 * A schema of a database as JDBC metadata names it, and the stable label a snapshot uses
 * for it in place of names that differ from one fresh database to the next.
 *
 * @param catalog the catalog (the database on MySQL and MariaDB), or {@code null}
 * @param schema the schema, or {@code null}
 * @param label the label
 */
record Namespace(String catalog, String schema, String label) {

	static final String DEFAULT = "default";

	boolean isNamed(String name) {
		return (this.schema != null) ? this.schema.equalsIgnoreCase(name) : name.equalsIgnoreCase(this.catalog);
	}

}
