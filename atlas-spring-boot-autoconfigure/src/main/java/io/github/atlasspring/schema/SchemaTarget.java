package io.github.atlasspring.schema;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaExportException.Option;

/**
 * The database and version a schema is rendered for.
 *
 * @param dialect the database
 * @param version the database version such as {@code 16} or {@code 8.4}, or {@code null}
 * for the oldest version Hibernate supports for that database
 */
public record SchemaTarget(SchemaDialect dialect, @Nullable String version) {

	private static final Pattern VERSION = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,2}");

	public SchemaTarget {
		if (version != null && !VERSION.matcher(version).matches()) {
			throw SchemaExportException.invalidOption(Option.DIALECT_VERSION,
					"Invalid database version '" + version + "': use {option} with a version such as 16, 8.4 or 10.11");
		}
		if (version != null) {
			dialect.checkReleased(Integer.parseInt(version.split("\\.")[0]));
		}
	}

	/**
	 * Parse a target from option values.
	 * @param dialect a dialect name, see {@link SchemaDialect#named(String)}
	 * @param version a version, or {@code null}
	 * @return the target
	 * @throws SchemaExportException if the name or version is invalid, or no release of
	 * that database has had that major version
	 */
	public static SchemaTarget of(String dialect, @Nullable String version) {
		return new SchemaTarget(SchemaDialect.named(dialect), (version != null) ? version.trim() : null);
	}

	/**
	 * Return this target with its version written in full, so that versions that mean the
	 * same database ({@code 16}, {@code 16.0}, {@code 16.0.0}) are equal.
	 * @return the target, with a version of three parts if it has a version
	 */
	public SchemaTarget normalized() {
		return (this.version != null) ? new SchemaTarget(this.dialect, major() + "." + minor() + "." + part(2)) : this;
	}

	int major() {
		return part(0);
	}

	int minor() {
		return part(1);
	}

	private int part(int index) {
		if (this.version == null) {
			return 0;
		}
		String[] parts = this.version.split("\\.");
		return (index < parts.length) ? Integer.parseInt(parts[index]) : 0;
	}

	@Override
	public String toString() {
		return this.dialect.canonicalName() + ((this.version != null) ? " " + this.version : "");
	}

}
