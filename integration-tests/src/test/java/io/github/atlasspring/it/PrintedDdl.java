package io.github.atlasspring.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SourcePositions;

/**
 * Runs a printed script on a database over plain JDBC, one statement at a time, as Atlas
 * replays it on its dev database: with the position directives print mode writes from the
 * models' sources, which go to the database with the first statement.
 */
final class PrintedDdl {

	/**
	 * The test models' sources, for the position directives.
	 */
	static final SourcePositions POSITIONS = SourcePositions.scan(List.of(Path.of("src/test/java")));

	private PrintedDdl() {
	}

	/**
	 * Run every statement of a script.
	 * @param script the script
	 * @param database the database
	 * @throws AssertionError naming the first statement that fails
	 */
	static void execute(SchemaScript script, FreshDatabase database) {
		List<String> statements = statements(POSITIONS.toSql(script));
		try (Connection connection = database.connect(); Statement jdbc = connection.createStatement()) {
			for (int index = 0; index < statements.size(); index++) {
				String statement = statements.get(index);
				try {
					jdbc.execute(statement);
				}
				catch (SQLException ex) {
					throw new AssertionError("Statement %d of %d of the DDL printed for %s %s failed: %s%n  %s"
						.formatted(index + 1, statements.size(), script.dialect().canonicalName(), script.version(),
								ex.getMessage(), statement),
							ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed to connect to " + database, ex);
		}
	}

	/**
	 * Split SQL text into statements, each ending with {@code ;} at the end of a line,
	 * the comment and blank lines before it included.
	 */
	private static List<String> statements(String sql) {
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		for (String line : sql.lines().toList()) {
			statement.append(line).append('\n');
			if (line.endsWith(";")) {
				String text = statement.toString().strip();
				statements.add(text.substring(0, text.length() - 1));
				statement.setLength(0);
			}
		}
		return statements;
	}

}
