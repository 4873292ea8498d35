package io.github.atlasspring.it;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;
import io.github.atlasspring.schema.SourcePosition;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Proves the printed DDL of each test model on one database: it runs cleanly on an empty
 * database, Hibernate validates the schema it makes, that schema is the one Hibernate
 * creates itself, and the DDL prints the same every time. Each model's application runs
 * once for all tests; every test gets databases of its own.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class AbstractSchemaTests {

	private static final Pattern CREATE_TABLE = Pattern.compile("^create table (?:if not exists )?([\\w.$]+)");

	private final TestDatabase database;

	private final Map<ModelVariant, ModelFixture> fixtures = new EnumMap<>(ModelVariant.class);

	AbstractSchemaTests(TestDatabase database) {
		this.database = database;
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void printedDdlExecutesOnCleanDatabase(ModelVariant variant) {
		SchemaScript script = fixture(variant).script();
		try (FreshDatabase target = freshDatabase(variant)) {
			PrintedDdl.execute(script, target);
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void validateStartsAgainstPrintedSchema(ModelVariant variant) {
		SchemaScript script = fixture(variant).script();
		try (FreshDatabase target = freshDatabase(variant)) {
			PrintedDdl.execute(script, target);
			try (ConfigurableApplicationContext context = ModelApplication.run(variant, this.database, target,
					"validate")) {
				assertThat(context.isActive()).isTrue();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void schemaMatchesHibernateCreate(ModelVariant variant) {
		ModelFixture fixture = fixture(variant);
		SchemaSnapshot expected = fixture.hibernateSchema();
		assertThat(expected.tableCount()).as("tables Hibernate created").isPositive();
		try (FreshDatabase target = freshDatabase(variant)) {
			PrintedDdl.execute(fixture.script(), target);
			List<String> differences = SchemaSnapshot.read(target).differencesFrom(expected);
			if (!differences.isEmpty()) {
				fail("The schema of the printed DDL differs from the one Hibernate creates in %d objects:%n  %s"
					.formatted(differences.size(), String.join(System.lineSeparator() + "  ", differences)));
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void exportIsByteIdentical(ModelVariant variant) {
		ModelFixture fixture = fixture(variant);
		PersistenceUnitDefinition unit = fixture.persistenceUnit();
		byte[] first = export(unit);
		byte[] second = export(unit);
		assertThat(first).isNotEmpty();
		assertThat(second).isEqualTo(first);
		assertThat(fixture.script().toSql().getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void everyTableOfTheModelHasASourcePosition(ModelVariant variant) {
		SchemaScript script = fixture(variant).script();
		Set<String> tables = new TreeSet<>();
		for (String statement : script.statements()) {
			Matcher table = CREATE_TABLE.matcher(statement);
			if (table.find() && !table.group(1).equalsIgnoreCase("revinfo")) {
				tables.add(table.group(1).toLowerCase(Locale.ROOT));
			}
		}
		assertThat(tables).as("tables of the DDL").isNotEmpty();
		Set<String> positioned = new TreeSet<>();
		for (SourcePosition position : PrintedDdl.POSITIONS.positions(script)) {
			assertThat(position.path()).isRegularFile();
			String table = position.origin().table();
			String schema = position.origin().schema();
			positioned.add(((schema != null) ? schema + "." + table : table).toLowerCase(Locale.ROOT));
		}
		assertThat(positioned).as("tables with a position (Envers' own revinfo aside)").containsAll(tables);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource
	void leanStartPrintsTheSameBytesAsFullStart(ModelVariant variant) {
		try (FreshDatabase target = freshDatabase(variant)) {
			Result lean = LeanStartPrint.print(variant, this.database, target, true);
			Result full = LeanStartPrint.print(variant, this.database, target, false);
			assertThat(lean.exitCode()).as(lean.stderr()).isZero();
			assertThat(full.exitCode()).as(full.stderr()).isZero();
			assertThat(lean.statements()).as("statements").isNotEmpty();
			assertThat(lean.stdoutBytes()).isEqualTo(full.stdoutBytes());
			assertThat(lean.stderr()).containsPattern("atlas: lean start left out [1-9]\\d* auto-configurations");
			assertThat(full.stderr()).doesNotContain("atlas: lean start");
		}
	}

	@Test
	void printedDdlHasEnversAuditTables() {
		assertThat(fixture(ModelVariant.AUDITED).script().toSql()).contains("create table revinfo ",
				"create table article_aud ", "create table article_keyword_aud ", "create table author_aud ");
	}

	@AfterAll
	void closeFixtures() {
		this.fixtures.values().forEach(ModelFixture::close);
		this.fixtures.clear();
	}

	private byte[] export(PersistenceUnitDefinition unit) {
		SchemaExporter exporter = new SchemaExporter();
		SchemaTarget target = exporter.target(unit, this.database.dialect(), this.database.version());
		return exporter.export(unit, target).toSql().getBytes(StandardCharsets.UTF_8);
	}

	private ModelFixture fixture(ModelVariant variant) {
		return this.fixtures.computeIfAbsent(variant, (key) -> ModelFixture.start(this.database, key));
	}

	private FreshDatabase freshDatabase(ModelVariant variant) {
		return this.database.create(variant.namespaces(this.database));
	}

}
