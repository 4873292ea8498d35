package io.github.atlasspring.schema;

import java.util.List;
import java.util.Locale;

/**
 * The DDL Hibernate creates for one persistence unit and target database.
 *
 * @param persistenceUnit the name of the persistence unit
 * @param dialect the database the statements are written for
 * @param version the database version Hibernate rendered for, such as {@code 16.0}
 * @param statements the statements in creation order, each on one line and ending with
 * {@code ;}
 */
public record SchemaScript(String persistenceUnit, SchemaDialect dialect, String version, List<String> statements) {

	public SchemaScript {
		statements = List.copyOf(statements);
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
