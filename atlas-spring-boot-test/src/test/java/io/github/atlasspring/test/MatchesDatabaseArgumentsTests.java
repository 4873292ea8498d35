package io.github.atlasspring.test;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.test.audit.AuditEntry;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the drift check refuses, each with one line that says what to do instead.
 */
class MatchesDatabaseArgumentsTests {

	private final TestDatabase database = TestDatabase.create(TestDatabase.Server.H2);

	@AfterEach
	void dropDatabase() throws SQLException {
		this.database.close();
	}

	@Test
	void unsupportedDatabaseIsRejectedNamingTheSupportedOnes() {
		SchemaScript sqlite = new SchemaScript("blog", SchemaDialect.SQLITE, "3.0", List.of("create table t (id);"));
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(sqlite).matchesDatabase(dataSource()))
			.withMessage("Cannot compare a SQLite schema with its migrations: "
					+ "use a DDL printed for PostgreSQL, MySQL, MariaDB or H2");
	}

	@Test
	void ddlForAnotherDatabaseIsRejected() {
		SchemaScript postgresql = BlogSchema.printedFor("postgres", "15");
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(postgresql).matchesDatabase(dataSource()))
			.withMessage("The DDL is written for PostgreSQL but the DataSource is H2: "
					+ "print it for the database the migrations run on");
	}

	@Test
	void ddlThatCreatesOtherSchemasIsRejected() {
		SchemaScript audit = BlogSchema.print(AuditEntry.class.getPackageName(), "h2", null);
		assertThatIllegalArgumentException().isThrownBy(() -> assertThat(audit).matchesDatabase(dataSource()))
			.withMessage("The DDL creates schema audit, but the drift check compares the DataSource's default "
					+ "schema only: check a persistence unit whose tables are all in it");
	}

	@Test
	void missingScriptFails() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat((SchemaScript) null).matchesDatabase(dataSource()))
			.withMessageContaining("Expecting actual not to be null");
	}

	private DataSource dataSource() {
		return this.database.dataSource();
	}

}
