package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.test.SchemaShape.TableShape;

/**
 * Finds how the schema that migrations made differs from the schema a printed script
 * creates. The script runs in a {@link ScratchNamespace scratch namespace} on the same
 * server, over one connection of the given data source, and both namespaces are read the
 * same way, so that the comparison sees what the server made of each and nothing that
 * only tells how each was written.
 */
final class SchemaDrift {

	private static final Pattern CREATE_NAMESPACE = Pattern
		.compile("(?i)^create\\s+(?:schema|database)\\s+(?:if\\s+not\\s+exists\\s+)?([^\\s;]+)");

	private static final String FAILED_STATEMENT = "Statement %d of %d of the printed DDL fails on the migrations' "
			+ "server: %s: %s";

	private final SchemaScript script;

	private final Predicate<String> ignoredTable;

	private final Predicate<String> ignoredSequence;

	SchemaDrift(SchemaScript script, Set<String> ignoredTables, Set<String> ignoredSequences) {
		this.script = script;
		this.ignoredTable = ignoredTables::contains;
		this.ignoredSequence = ignoredSequences::contains;
	}

	/**
	 * Return the differences between the data source's default schema and the script's.
	 * @param dataSource where the migrations ran
	 * @return one line per difference, sorted; empty if there is none
	 * @throws IllegalArgumentException if the script is for another or an unsupported
	 * database, or creates schemas of its own
	 * @throws AssertionError if a statement of the script fails
	 */
	List<String> differences(DataSource dataSource) throws SQLException {
		ScratchNamespace scratch = ScratchNamespace.of(this.script.dialect());
		rejectOtherNamespaces();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			rejectOtherDatabase(metaData);
			try (SequenceReader sequences = new SequenceReader(metaData)) {
				SchemaShape migrated = read(connection, scratch.current(connection), scratch, sequences);
				SchemaShape expected = readScratch(connection, scratch, sequences);
				return SchemaComparison.differences(migrated, expected);
			}
		}
	}

	private SchemaShape readScratch(Connection connection, ScratchNamespace scratch, SequenceReader sequences)
			throws SQLException {
		String state = scratch.state(connection);
		boolean autoCommit = connection.getAutoCommit();
		String name = ScratchNamespace.newName();
		Throwable failure = null;
		try {
			connection.setAutoCommit(true);
			Namespace namespace = scratch.enter(connection, name);
			apply(connection);
			return read(connection, namespace, scratch, sequences);
		}
		catch (SQLException | RuntimeException | Error ex) {
			failure = ex;
			throw ex;
		}
		finally {
			new Cleanup(failure).run(() -> scratch.restore(connection, state))
				.run(() -> connection.setAutoCommit(autoCommit))
				.run(() -> scratch.drop(connection, name))
				.complete(name);
		}
	}

	private SchemaShape read(Connection connection, Namespace namespace, ScratchNamespace scratch,
			SequenceReader sequences) throws SQLException {
		CatalogReader catalog = new CatalogReader(connection.getMetaData(), this.ignoredTable,
				scratch.indexesForeignKeys());
		Map<String, TableShape> tables = catalog.read(namespace);
		return new SchemaShape(tables, sequences.read(connection, namespace, this.ignoredSequence));
	}

	private void apply(Connection connection) throws SQLException {
		List<String> statements = this.script.statements();
		try (Statement jdbc = connection.createStatement()) {
			for (int index = 0; index < statements.size(); index++) {
				try {
					jdbc.execute(statements.get(index));
				}
				catch (SQLException ex) {
					String statement = statements.get(index);
					throw new AssertionError(FAILED_STATEMENT.formatted(index + 1, statements.size(),
							oneLine(ex.getMessage()), statement), ex);
				}
			}
		}
	}

	private void rejectOtherNamespaces() {
		for (String statement : this.script.statements()) {
			Matcher matcher = CREATE_NAMESPACE.matcher(statement);
			if (matcher.find()) {
				throw new IllegalArgumentException("The DDL creates schema " + matcher.group(1)
						+ ", but the drift check compares the DataSource's default schema only: "
						+ "check a persistence unit whose tables are all in it");
			}
		}
	}

	private void rejectOtherDatabase(DatabaseMetaData metaData) throws SQLException {
		String product = metaData.getDatabaseProductName();
		if (!this.script.dialect().productName().equalsIgnoreCase(product)) {
			throw new IllegalArgumentException("The DDL is written for " + this.script.dialect().productName()
					+ " but the DataSource is " + product + ": print it for the database the migrations run on");
		}
	}

	private static String oneLine(@Nullable String message) {
		return (message != null) ? message.replaceAll("\\s*\\R\\s*", " ") : "";
	}

	/**
	 * Runs every step of a cleanup, even after one fails, and reports the failures with
	 * the failure that made the cleanup necessary, if any.
	 */
	private static final class Cleanup {

		private final @Nullable Throwable cause;

		private @Nullable SQLException failure;

		Cleanup(@Nullable Throwable cause) {
			this.cause = cause;
		}

		Cleanup run(SqlStep step) {
			try {
				step.run();
			}
			catch (SQLException ex) {
				if (this.failure == null) {
					this.failure = ex;
				}
				else {
					this.failure.addSuppressed(ex);
				}
			}
			return this;
		}

		void complete(String scratchName) {
			if (this.failure == null) {
				return;
			}
			if (this.cause != null) {
				this.cause.addSuppressed(this.failure);
				return;
			}
			throw new IllegalStateException("Cannot clean up after the drift check: drop " + scratchName
					+ " by hand if it is left: " + oneLine(this.failure.getMessage()), this.failure);
		}

	}

	@FunctionalInterface
	private interface SqlStep {

		void run() throws SQLException;

	}

}
