package io.github.atlasspring.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaDialect}.
 */
class SchemaDialectTests {

	@ParameterizedTest
	@CsvSource({ "postgres, POSTGRESQL", "postgresql, POSTGRESQL", "mysql, MYSQL", "mariadb, MARIADB", "sqlite, SQLITE",
			"mssql, SQLSERVER", "sqlserver, SQLSERVER", "h2, H2", "oracle, ORACLE" })
	void namedAcceptsEverySupportedName(String name, SchemaDialect dialect) {
		assertThat(SchemaDialect.named(name)).isEqualTo(dialect);
	}

	@Test
	void namedIgnoresCaseAndSurroundingWhitespace() {
		assertThat(SchemaDialect.named(" PostgreSQL ")).isEqualTo(SchemaDialect.POSTGRESQL);
	}

	@Test
	void namedRejectsUnknownNameListingSupportedNames() {
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> SchemaDialect.named("nosuch"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(SchemaExportException.Reason.INVALID_OPTION))
			.withMessage("Unknown dialect 'nosuch': use --atlas.dialect with one of "
					+ "postgres, postgresql, mysql, mariadb, sqlite, mssql, sqlserver, h2, oracle");
	}

	@Test
	void canonicalNameIsTheFirstName() {
		assertThat(SchemaDialect.named("postgresql").canonicalName()).isEqualTo("postgres");
		assertThat(SchemaDialect.named("sqlserver").canonicalName()).isEqualTo("mssql");
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:postgresql://localhost:5432/app, POSTGRESQL", "jdbc:tc:postgresql:16:///app, POSTGRESQL",
			"jdbc:tc:postgis:16-3.4:///app, POSTGRESQL", "JDBC:PostgreSQL://host/app, POSTGRESQL",
			"jdbc:mysql://localhost/app, MYSQL", "jdbc:tc:mysql:8:///app, MYSQL",
			"jdbc:mariadb://localhost/app, MARIADB", "jdbc:tc:mariadb:11:///app, MARIADB", "jdbc:sqlite:app.db, SQLITE",
			"jdbc:sqlserver://localhost;databaseName=app, SQLSERVER", "jdbc:tc:sqlserver:2022-latest:///app, SQLSERVER",
			"jdbc:h2:mem:app, H2", "jdbc:oracle:thin:@localhost:1521/app, ORACLE" })
	void forJdbcUrlInfersDialectFromPrefix(String url, SchemaDialect dialect) {
		assertThat(SchemaDialect.forJdbcUrl(url)).isEqualTo(dialect);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "jdbc:hsqldb:mem:app", "jdbc:db2://localhost/app", "postgresql://localhost/app" })
	void forJdbcUrlReturnsNullForUnsupportedUrl(String url) {
		assertThat(SchemaDialect.forJdbcUrl(url)).isNull();
	}

}
