package io.github.atlasspring.schema;

import java.util.List;
import java.util.Map;

import org.hibernate.dialect.MariaDBDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.atlasspring.schema.SchemaExportException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaExporter}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaExporterTests {

	private static final String H2_URL = "jdbc:h2:mem:test";

	private final SchemaExporter exporter = new SchemaExporter();

	@Test
	void postgresExportCreatesSequenceAndEndsEveryStatementWithSemicolon() {
		SchemaScript script = export(unit(Map.of()), "postgres", null);
		assertThat(script.statements()).anyMatch((statement) -> statement.startsWith("create sequence Customer_SEQ"))
			.allMatch((statement) -> statement.endsWith(";"));
	}

	@ParameterizedTest
	@EnumSource(SchemaDialect.class)
	void exportWritesOneStatementPerLineForEveryDialect(SchemaDialect dialect) {
		SchemaScript script = export(unit(Map.of()), dialect.canonicalName(), null);
		assertThat(script.dialect()).isEqualTo(dialect);
		assertThat(script.toSql().lines()).hasSameSizeAs(script.statements())
			.allMatch((line) -> line.endsWith(";"))
			.anyMatch((line) -> line.startsWith("create table Customer "));
	}

	@ParameterizedTest
	@EnumSource(SchemaDialect.class)
	void exportNamesDialectWithoutHibernateWarningAboutIt(SchemaDialect dialect, CapturedOutput output) {
		export(unit(Map.of()), dialect.canonicalName(), null);
		assertThat(output).doesNotContain("HHH90000025");
	}

	@Test
	void exportIgnoresFormatSqlOfUnit() {
		SchemaScript script = export(unit(Map.of("hibernate.format_sql", "true")), "postgres", null);
		assertThat(script.statements()).noneMatch((statement) -> statement.contains("\n"));
	}

	@Test
	void notNullConstraintGivesNotNullColumn() {
		assertThat(customerTable(export(unit(Map.of()), "postgres", null))).contains("name varchar(255) not null")
			.contains("nickname varchar(255),");
	}

	@Test
	void validationModeNoneLeavesBeanValidationOutOfDdl() {
		SchemaScript script = export(unit(Map.of("jakarta.persistence.validation.mode", "none")), "postgres", null);
		assertThat(customerTable(script)).contains("name varchar(255),").doesNotContain("check (");
	}

	@Test
	void mysqlBefore8016HasCheckConstraintOnTableOnly() {
		SchemaScript script = export(unit(Map.of()), "mysql", "8.0.15");
		assertThat(script.version()).isEqualTo("8.0.15");
		assertThat(customerTable(script)).contains("points integer not null,").contains(", check ((points>=0)))");
	}

	@Test
	void mysql8016HasCheckConstraintOnColumn() {
		SchemaScript script = export(unit(Map.of()), "mysql", "8.0.16");
		assertThat(script.version()).isEqualTo("8.0.16");
		assertThat(customerTable(script)).contains("points integer not null check ((points>=0)),");
	}

	@Test
	void exportNeverConnectsToDataSourceOfUnit() {
		RefusingDataSource dataSource = new RefusingDataSource("jdbc:postgresql://localhost:1/none");
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan(TestPersistenceUnits.ENTITIES, dataSource,
				Map.of("hibernate.hbm2ddl.auto", "create-drop", "jakarta.persistence.schema-generation.database.action",
						"drop-and-create", "jakarta.persistence.nonJtaDataSource", dataSource));
		assertThat(export(unit, null, null).dialect()).isEqualTo(SchemaDialect.POSTGRESQL);
		assertThat(dataSource.getConnectionAttempts()).isZero();
	}

	@Test
	void exportUsesTargetDialectRatherThanConfiguredOne() {
		PersistenceUnitDefinition unit = unit(Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect"));
		assertThat(customerTable(export(unit, "mysql", null))).endsWith("engine=InnoDB;");
	}

	@Test
	void exportWithoutEntitiesFails() {
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan(TestPersistenceUnits.NO_ENTITIES);
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> export(unit, "postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NO_ENTITIES))
			.withMessageStartingWith("Persistence unit 'test' maps no entities");
	}

	@Test
	void exportOfInvalidMappingFailsWithOneLineMessage() {
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan(TestPersistenceUnits.BROKEN);
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> export(unit, "postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MAPPING_ERROR))
			.withMessageStartingWith("Hibernate cannot map persistence unit 'test': ")
			.withMessageContaining("NotAnEntity")
			.matches((ex) -> !ex.getMessage().contains("\n"));
	}

	@Test
	void defaultTargetIsInferredFromJdbcUrlOfDataSource() {
		assertThat(this.exporter.defaultTarget(unit("jdbc:tc:mysql:8:///app", Map.of())))
			.isEqualTo(new SchemaTarget(SchemaDialect.MYSQL, null));
	}

	@Test
	void defaultTargetPrefersJdbcUrlProperty() {
		PersistenceUnitDefinition unit = unit(Map.of("jakarta.persistence.jdbc.url", "jdbc:mariadb://db/app"));
		assertThat(this.exporter.defaultTarget(unit).dialect()).isEqualTo(SchemaDialect.MARIADB);
	}

	@Test
	void defaultTargetKeepsFamilyOfConfiguredDialectSubclass() {
		PersistenceUnitDefinition unit = unit(Map.of("hibernate.dialect", CustomMariaDBDialect.class));
		assertThat(this.exporter.defaultTarget(unit).dialect()).isEqualTo(SchemaDialect.MARIADB);
	}

	@Test
	void defaultTargetReadsLeadingVersionOfProductVersion() {
		PersistenceUnitDefinition unit = unit("jdbc:postgresql://db/app",
				Map.of("jakarta.persistence.database-product-version", "16.2 (Debian 16.2-1.pgdg120+2)"));
		assertThat(this.exporter.defaultTarget(unit)).hasToString("postgres 16.2");
	}

	@Test
	void defaultTargetReadsMajorAndMinorVersion() {
		PersistenceUnitDefinition unit = unit("jdbc:mysql://db/app", Map
			.of("jakarta.persistence.database-major-version", 8, "jakarta.persistence.database-minor-version", 4));
		assertThat(this.exporter.defaultTarget(unit)).hasToString("mysql 8.4");
	}

	@Test
	void defaultTargetRejectsDialectWithoutAtlasName() {
		PersistenceUnitDefinition unit = unit(Map.of("hibernate.dialect", "org.hibernate.dialect.HSQLDialect"));
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> this.exporter.defaultTarget(unit))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageContaining("HSQLDialect")
			.withMessageContaining("--atlas.dialect to one of postgres");
	}

	@Test
	void defaultTargetRejectsUnknownDatabase() {
		PersistenceUnitDefinition unit = unit("jdbc:hsqldb:mem:app", Map.of());
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> this.exporter.defaultTarget(unit))
			.withMessageStartingWith("Cannot tell which database persistence unit 'test' uses without connecting");
	}

	@Test
	void targetWithVersionOnlyKeepsOwnDialect() {
		assertThat(this.exporter.target(unit("jdbc:postgresql://db/app", Map.of()), null, " 16 "))
			.isEqualTo(new SchemaTarget(SchemaDialect.POSTGRESQL, "16"));
	}

	@Test
	void targetWithDialectIgnoresOwnDatabase() {
		assertThat(this.exporter.target(unit("jdbc:postgresql://db/app", Map.of()), "mssql", null))
			.isEqualTo(new SchemaTarget(SchemaDialect.SQLSERVER, null));
	}

	@Test
	void targetWithOwnDialectAndNoVersionKeepsConfiguredVersion() {
		PersistenceUnitDefinition unit = unit("jdbc:postgresql://db/app",
				Map.of("jakarta.persistence.database-product-version", "16.2"));
		assertThat(this.exporter.target(unit, "postgresql", null))
			.isEqualTo(new SchemaTarget(SchemaDialect.POSTGRESQL, "16.2"));
	}

	@Test
	void targetWithOtherDialectAndNoVersionIgnoresConfiguredVersion() {
		PersistenceUnitDefinition unit = unit("jdbc:postgresql://db/app",
				Map.of("jakarta.persistence.database-product-version", "16.2"));
		assertThat(this.exporter.target(unit, "mysql", null)).isEqualTo(new SchemaTarget(SchemaDialect.MYSQL, null));
	}

	private SchemaScript export(PersistenceUnitDefinition unit, String dialect, String version) {
		return this.exporter.export(unit, this.exporter.target(unit, dialect, version));
	}

	private static PersistenceUnitDefinition unit(Map<String, Object> properties) {
		return unit(H2_URL, properties);
	}

	private static PersistenceUnitDefinition unit(String jdbcUrl, Map<String, Object> properties) {
		return TestPersistenceUnits.scan(TestPersistenceUnits.ENTITIES, new RefusingDataSource(jdbcUrl), properties);
	}

	private static String customerTable(SchemaScript script) {
		List<String> tables = script.statements()
			.stream()
			.filter((statement) -> statement.startsWith("create table Customer "))
			.toList();
		assertThat(tables).hasSize(1);
		return tables.get(0);
	}

	static class CustomMariaDBDialect extends MariaDBDialect {

	}

}
