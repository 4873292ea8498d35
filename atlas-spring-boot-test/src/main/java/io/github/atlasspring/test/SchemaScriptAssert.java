package io.github.atlasspring.test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaScript;

/**
 * Assertions on the DDL printed for a persistence unit: that it equals a committed
 * snapshot, and that the schema an application's migrations made is the schema its
 * entities expect.
 * <p>
 * Obtain one with {@link AtlasAssertions#assertThat(SchemaScript)}.
 */
public class SchemaScriptAssert extends AbstractAssert<SchemaScriptAssert, SchemaScript> {

	private static final List<String> MIGRATION_TOOL_TABLES = List.of("flyway_schema_history", "databasechangelog",
			"databasechangeloglock", "atlas_schema_revisions");

	private final Set<String> ignoredTables = new TreeSet<>(MIGRATION_TOOL_TABLES);

	private final Set<String> ignoredSequences = new TreeSet<>();

	/**
	 * Create assertions on a script.
	 * @param actual the script, may be {@code null} (every assertion then fails)
	 */
	public SchemaScriptAssert(@Nullable SchemaScript actual) {
		super(actual, SchemaScriptAssert.class);
	}

	/**
	 * Verify that the script's SQL text, {@link SchemaScript#toSql()} (UTF-8, LF line
	 * endings, a line feed after the last statement), equals the content of a snapshot
	 * file. A file with CRLF line endings, as a Windows checkout may give, is read as if
	 * it had LF.
	 * <p>
	 * On a difference the failure shows a unified diff from the file to the DDL. In
	 * update mode, switched on by the system property {@code atlas.snapshot.update=true}
	 * or the environment variable {@code ATLAS_SNAPSHOT_UPDATE=true}, a missing or
	 * different file is written instead (parent directories created, content replaced
	 * atomically) and the assertion passes: review the change and commit it.
	 * @param snapshot the snapshot file, such as
	 * {@code Path.of("src/test/resources/schema/postgres-16.sql")}; must not be
	 * {@code null}
	 * @return this assertion object
	 * @throws AssertionError if the file is missing or differs, outside update mode
	 * @throws java.io.UncheckedIOException if the file cannot be read or written
	 */
	public SchemaScriptAssert matchesSnapshot(Path snapshot) {
		isNotNull();
		String mismatch = new SnapshotFile(snapshot).check(this.actual.toSql(), SnapshotFile.updateRequested());
		if (mismatch != null) {
			failWithMessage("%s", mismatch);
		}
		return this;
	}

	/**
	 * Leave tables out of {@link #matchesDatabase(DataSource)}, on both sides, with their
	 * columns, keys and indexes. The tables of Flyway, Liquibase and Atlas
	 * ({@code flyway_schema_history}, {@code databasechangelog},
	 * {@code databasechangeloglock}, {@code atlas_schema_revisions}) are always left out.
	 * @param tables table names, matched ignoring case; must not be {@code null}
	 * @return this assertion object
	 */
	public SchemaScriptAssert ignoringTables(String... tables) {
		this.ignoredTables.addAll(lowerCase(tables));
		return this;
	}

	/**
	 * Leave sequences out of {@link #matchesDatabase(DataSource)}, on both sides.
	 * @param sequences sequence names, matched ignoring case; must not be {@code null}
	 * @return this assertion object
	 */
	public SchemaScriptAssert ignoringSequences(String... sequences) {
		this.ignoredSequences.addAll(lowerCase(sequences));
		return this;
	}

	/**
	 * Verify that the schema the application's migrations made is the schema the script
	 * creates: the same tables and columns (type, length, precision and scale,
	 * nullability, auto-increment), primary keys, foreign keys (columns, referenced table
	 * and columns, rules other than the default), unique constraints and indexes (columns
	 * and uniqueness), and sequences (increment).
	 * <p>
	 * The script runs in a scratch schema (PostgreSQL, H2) or database (MySQL, MariaDB)
	 * with a random name that this assertion creates on the same server over one
	 * connection of the data source, and always drops again, after restoring the
	 * connection's search path, schema or database; no other connection is made. Its
	 * tables are compared with those of the connection's default schema or database,
	 * where the migrations ran. A script that creates schemas of its own is rejected:
	 * only the default schema is compared.
	 * <p>
	 * Not reported, since they do not change what the schema accepts: column order,
	 * constraint and index names, enum values and check constraints (which JDBC metadata
	 * does not show), {@code no action} against {@code restrict}, the index MySQL,
	 * MariaDB and H2 add for a foreign key, and a primary key's own index. On failure the
	 * message has one sorted line per difference, such as
	 * {@code column blog.keywords: migrations
	 * give varchar(255) null, entities expect varchar(500) not null}.
	 * @param dataSource the data source of the migrated database; must not be
	 * {@code null}. Its connections must allow creating and dropping a schema (database
	 * on MySQL and MariaDB).
	 * @return this assertion object
	 * @throws AssertionError if the schemas differ or a statement of the script fails
	 * @throws IllegalArgumentException if the script is written for another database than
	 * the data source's, for one other than PostgreSQL, MySQL, MariaDB and H2, or creates
	 * schemas of its own
	 * @throws IllegalStateException if a catalog cannot be read
	 */
	public SchemaScriptAssert matchesDatabase(DataSource dataSource) {
		isNotNull();
		List<String> differences;
		try {
			differences = new SchemaDrift(this.actual, this.ignoredTables, this.ignoredSequences)
				.differences(dataSource);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Cannot compare the migrated schema with the printed DDL: " + ex.getMessage(), ex);
		}
		if (!differences.isEmpty()) {
			failWithMessage("%s",
					"The schema the migrations made differs from the schema the entities expect in "
							+ differences.size() + ((differences.size() == 1) ? " way" : " ways") + ":\n"
							+ String.join("\n", differences));
		}
		return this;
	}

	private static List<String> lowerCase(String... names) {
		return Arrays.stream(names).map((name) -> name.toLowerCase(Locale.ROOT)).toList();
	}

}
