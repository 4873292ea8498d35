package io.github.atlasspring.schema;

import org.jspecify.annotations.Nullable;

/**
 * Where in the model a table comes from: the entity class that maps it and, for a
 * collection or join table, the member that declares it.
 *
 * @param schema the table's schema (catalog on MySQL and MariaDB), or {@code null} for
 * the default one
 * @param table the table's name
 * @param className the entity class, as {@link Class#getName()} gives it
 * @param member the field or property that declares the table, or {@code null} if the
 * class does
 */
public record TableOrigin(@Nullable String schema, String table, String className, @Nullable String member) {

	/**
	 * Return the table as Atlas names a resource in its position directives:
	 * {@code users[type=table]}, or {@code audit[type=schema].events[type=table]}.
	 * @return the resource name
	 */
	public String resource() {
		String name = this.table + "[type=table]";
		return (this.schema != null) ? this.schema + "[type=schema]." + name : name;
	}

}
