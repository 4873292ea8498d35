package io.github.atlasspring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * A test's migration script: the faithful one of its database, changed to introduce one
 * kind of drift, and run statement by statement as a migration tool would.
 */
final class Migration {

	private final List<String> statements;

	private Migration(List<String> statements) {
		this.statements = statements;
	}

	/**
	 * Load the faithful migration of a database, {@code migrations/<dialect>.sql}.
	 * @param dialect the Atlas dialect name
	 * @return the migration
	 */
	static Migration faithful(String dialect) {
		String resource = "migrations/" + dialect + ".sql";
		try (InputStream input = Migration.class.getClassLoader().getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException("No test migration " + resource);
			}
			String sql = new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.startsWith("--"))
				.collect(Collectors.joining("\n"));
			return new Migration(Arrays.stream(sql.split(";\\s*(\\n|$)")).map(String::strip).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replace text in the one statement that contains it.
	 * @param text the text, which must occur in exactly one statement
	 * @param replacement what to put in its place
	 * @return the changed migration
	 */
	Migration replace(String text, String replacement) {
		List<String> changed = new ArrayList<>(this.statements);
		changed.set(indexOf(text), this.statements.get(indexOf(text)).replace(text, replacement));
		return new Migration(changed);
	}

	/**
	 * Leave out the one statement that contains some text.
	 * @param text the text, which must occur in exactly one statement
	 * @return the changed migration
	 */
	Migration without(String text) {
		List<String> changed = new ArrayList<>(this.statements);
		changed.remove(indexOf(text));
		return new Migration(changed);
	}

	/**
	 * Add a statement at the end.
	 * @param statement the statement
	 * @return the changed migration
	 */
	Migration with(String statement) {
		List<String> changed = new ArrayList<>(this.statements);
		changed.add(statement);
		return new Migration(changed);
	}

	void applyTo(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
			for (String statement : this.statements) {
				jdbc.execute(statement);
			}
		}
	}

	private int indexOf(String text) {
		List<Integer> matches = new ArrayList<>();
		for (int index = 0; index < this.statements.size(); index++) {
			if (this.statements.get(index).contains(text)) {
				matches.add(index);
			}
		}
		if (matches.size() != 1) {
			throw new IllegalArgumentException(
					"'" + text + "' occurs in " + matches.size() + " statements of the migration, not in one");
		}
		return matches.get(0);
	}

}
