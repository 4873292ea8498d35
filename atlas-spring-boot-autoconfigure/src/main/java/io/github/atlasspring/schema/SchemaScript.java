package io.github.atlasspring.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The DDL Hibernate creates for one persistence unit and target database.
 *
 * @param persistenceUnit the name of the persistence unit
 * @param dialect the database the statements are written for
 * @param version the database version Hibernate rendered for, such as {@code 16.0}
 * @param statements the statements in creation order, each on one line and ending with
 * {@code ;}
 * @param origins where in the model each table comes from, sorted by Atlas resource name;
 * see {@link SourcePositions}
 * @param model the tables the statements create, read in the same export; empty when
 * unknown
 */
public record SchemaScript(String persistenceUnit, SchemaDialect dialect, String version, List<String> statements,
		List<TableOrigin> origins, SchemaModel model) {

	public SchemaScript {
		statements = List.copyOf(statements);
		origins = List.copyOf(origins);
		Objects.requireNonNull(model, "model must not be null");
	}

	/**
	 * Create a script whose tables' model is unknown.
	 * @param persistenceUnit the name of the persistence unit
	 * @param dialect the database the statements are written for
	 * @param version the database version Hibernate rendered for
	 * @param statements the statements in creation order
	 * @param origins where in the model each table comes from
	 */
	public SchemaScript(String persistenceUnit, SchemaDialect dialect, String version, List<String> statements,
			List<TableOrigin> origins) {
		this(persistenceUnit, dialect, version, statements, origins, SchemaModel.EMPTY);
	}

	/**
	 * Create a script whose tables' origins are unknown.
	 * @param persistenceUnit the name of the persistence unit
	 * @param dialect the database the statements are written for
	 * @param version the database version Hibernate rendered for
	 * @param statements the statements in creation order
	 */
	public SchemaScript(String persistenceUnit, SchemaDialect dialect, String version, List<String> statements) {
		this(persistenceUnit, dialect, version, statements, List.of());
	}

	/**
	 * Return the statements that insert rows, such as the initial value of a table-based
	 * id generator. Atlas plans schema changes only, so a migration has to add these rows
	 * itself.
	 * @return the row-inserting statements, in order
	 */
	public List<String> seedStatements() {
		return this.statements.stream()
			.filter((statement) -> statement.toLowerCase(Locale.ROOT).startsWith("insert "))
			.toList();
	}

	/**
	 * Return what a person planning migrations from this script should know: a database
	 * version newer than every release this starter knows, and each row a migration must
	 * add itself.
	 * @return the warnings, one line each
	 */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		int major = Integer.parseInt(this.version.split("\\.")[0]);
		if (this.dialect.isNewerThanKnownReleases(major)) {
			warnings.add(this.dialect.productName() + " " + this.version + " is newer than every release this starter "
					+ "knows (the newest is " + this.dialect.newestKnownMajor()
					+ "): Hibernate writes the DDL as for the newest version it supports");
		}
		seedStatements().forEach((seed) -> warnings
			.add("Atlas plans schema changes only; a migration must add this row itself: " + seed));
		return warnings;
	}

	/**
	 * Return the script as SQL text: one statement a line, each line ending with a line
	 * feed.
	 * @return the SQL text
	 */
	public String toSql() {
		StringBuilder sql = new StringBuilder();
		this.statements.forEach((statement) -> sql.append(statement).append('\n'));
		return sql.toString();
	}

}
