package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.github.atlasspring.schema.SchemaScript;

/**
 * Runs a printed script on a database over plain JDBC, one statement at a time, as a
 * migration tool would.
 */
final class PrintedDdl {

	private PrintedDdl() {
	}

	/**
	 * Run every statement of a script.
	 * @param script the script
	 * @param database the database
	 * @throws AssertionError naming the first statement that fails
	 */
	static void execute(SchemaScript script, FreshDatabase database) {
		List<String> statements = script.statements();
		try (Connection connection = database.connect(); Statement jdbc = connection.createStatement()) {
			for (int index = 0; index < statements.size(); index++) {
				String statement = statements.get(index);
				try {
					jdbc.execute(statement);
				}
				catch (SQLException ex) {
					throw new AssertionError("Statement %d of %d of the DDL printed for %s %s failed: %s%n  %s"
						.formatted(index + 1, statements.size(), script.dialect().canonicalName(), script.version(),
								ex.getMessage(), statement), ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed to connect to " + database, ex);
		}
	}

}
