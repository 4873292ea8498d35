package io.github.atlasspring.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaScript}.
 */
class SchemaScriptTests {

	private static final String TABLE = "create table ids (name varchar(255) not null, next_val bigint);";

	private static final String ROW = "insert into ids(name, next_val) values ('t',0);";

	@Test
	void toSqlWritesOneStatementPerLineEndingWithLineFeed() {
		assertThat(script("16.0", TABLE, ROW).toSql()).isEqualTo(TABLE + "\n" + ROW + "\n");
	}

	@Test
	void seedStatementsAreTheRowInserts() {
		assertThat(script("16.0", TABLE, ROW).seedStatements()).containsExactly(ROW);
	}

	@Test
	void warningsNameEachRowAMigrationMustAdd() {
		assertThat(script("16.0", TABLE, ROW).warnings())
			.containsExactly("Atlas plans schema changes only; a migration must add this row itself: " + ROW);
	}

	@Test
	void warningsNameVersionNewerThanKnownReleases() {
		assertThat(new SchemaScript("test", SchemaDialect.MARIADB, "15.0", List.of(TABLE)).warnings())
			.containsExactly("MariaDB 15.0 is newer than every release this starter knows (the newest is 12): "
					+ "Hibernate writes the DDL as for the newest version it supports");
	}

	@Test
	void knownVersionWithoutRowsHasNoWarnings() {
		assertThat(script("16.0", TABLE).warnings()).isEmpty();
	}

	private static SchemaScript script(String version, String... statements) {
		return new SchemaScript("test", SchemaDialect.POSTGRESQL, version, List.of(statements));
	}

}
