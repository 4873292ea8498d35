package io.github.atlasspring.script;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SourcePositions;
import io.github.atlasspring.schema.catalog.Author;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintEntitySchema}.
 */
class PrintEntitySchemaTests {

	private static final String CATALOG = "io.github.atlasspring.schema.catalog";

	private static final String BROKEN = "io.github.atlasspring.schema.broken";

	private static final Path SOURCES = Path.of("src/test/java").toAbsolutePath();

	@Test
	void printsOnlyTheDdlOnStandardOutput() {
		Run run = run("--dialect=postgres", "--dialect-version=16", "--packages=" + CATALOG);
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo(EntitySchema.ofPackages(CATALOG).script("postgres", "16").toSql());
	}

	@Test
	void printsPositionDirectivesFromTheSourceRoots() {
		Run run = run("--dialect=postgres", "--dialect-version=16", "--packages=" + CATALOG,
				"--source-roots=" + SOURCES);
		SchemaScript script = EntitySchema.ofPackages(CATALOG).script("postgres", "16");
		assertThat(run.out()).startsWith("-- atlas:pos ")
			.isEqualTo(SourcePositions.scan(List.of(SOURCES)).toSql(script));
	}

	@Test
	void sourcePositionsFalsePrintsNoDirectives() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--source-roots=" + SOURCES,
				"--source-positions=false");
		assertThat(run.out()).startsWith("create ");
	}

	@Test
	void invalidSourcePositionsExitsWithTwo() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--source-positions=maybe");
		assertFailed(run, 2,
				"Invalid --source-positions 'maybe': write --source-positions=true or " + "--source-positions=false");
	}

	@Test
	void reportsWhatItPrintedOnStandardError() {
		Run run = run("--dialect=postgres", "--dialect-version=16", "--packages=" + CATALOG);
		assertThat(run.errLines()).last()
			.isEqualTo("atlas: printed 8 statements of persistence unit 'default' for postgres 16.0");
	}

	@Test
	void warnsAboutSeedRows() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG);
		assertThat(run.errLines()).contains("atlas: warning: Atlas plans schema changes only; a migration must add "
				+ "this row itself: insert into hibernate_sequences(sequence_name, next_val) values ('default',0);");
	}

	@Test
	void classesGiveTheSameDdlAsTheirPackage() {
		Run run = run("--dialect=mysql", "--dialect-version=8.4",
				"--classes=" + CATALOG + ".Book," + CATALOG + ".Author");
		assertThat(run.out()).isEqualTo(run("--dialect=mysql", "--dialect-version=8.4", "--packages=" + CATALOG).out());
	}

	@Test
	void listOptionsAddUpWhenRepeated() {
		Run run = run("--dialect=postgres", "--classes=" + CATALOG + ".Book", "--classes=" + CATALOG + ".Author");
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void namingHibernateKeepsJpaNames() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--naming=hibernate");
		assertThat(run.out()).contains("create table Book_Author ");
	}

	@Test
	void propertyReachesHibernate() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG,
				"--property=hibernate.physical_naming_strategy=" + PhysicalNamingStrategyStandardImpl.class.getName());
		assertThat(run.out()).contains("create table Book_authors ");
	}

	@Test
	void mappingFilesMapEntities() {
		Run run = run("--dialect=h2", "--mapping-files=META-INF/shelf-orm.xml");
		assertThat(run.out()).startsWith("create table shelf ");
	}

	@Test
	void programChoosesItsEntities() {
		Run run = run(EntitySchema.of(Author.class), "--dialect=postgres", "--dialect-version=16");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo(EntitySchema.of(Author.class).script("postgres", "16").toSql());
	}

	@Test
	void formatMermaidPrintsDiagramOfTheEntities() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--format=mermaid");
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out())
			.isEqualTo(MermaidDiagram.render(EntitySchema.ofPackages(CATALOG).script("postgres", null).model()));
	}

	@Test
	void programTakesFormat() {
		Run run = run(EntitySchema.of(Author.class), "--dialect=postgres", "--format=mermaid");
		assertThat(run.out()).startsWith("erDiagram\n    author {\n");
	}

	@Test
	void unknownFormatExitsWithTwoNamingTheOption() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--format=svg");
		assertFailed(run, 2, "Unknown format 'svg': set --format to sql, mermaid or json");
	}

	@Test
	void unknownDialectExitsWithTwoListingSupportedNames() {
		Run run = run("--dialect=nosuch", "--packages=" + CATALOG);
		assertFailed(run, 2, "Unknown dialect 'nosuch': use --dialect with one of postgres, postgresql, mysql, "
				+ "mariadb, sqlite, mssql, sqlserver, h2, oracle");
	}

	@Test
	void invalidVersionExitsWithTwoNamingTheOption() {
		Run run = run("--dialect=postgres", "--dialect-version=latest", "--packages=" + CATALOG);
		assertFailed(run, 2, "Invalid database version 'latest': use --dialect-version with a version such as 16, "
				+ "8.4 or 10.11");
	}

	@Test
	void missingDialectExitsWithTwoNamingTheOption() {
		Run run = run("--packages=" + CATALOG);
		assertFailed(run, 2, "Cannot tell which database persistence unit 'default' uses without connecting to it: "
				+ "set --dialect to one of postgres, postgresql, mysql, mariadb, sqlite, mssql, sqlserver, h2, oracle");
	}

	@Test
	void unknownClassExitsWithTwoNamingTheOption() {
		Run run = run("--dialect=postgres", "--classes=com.example.Nope");
		assertFailed(run, 2, "Class com.example.Nope of --classes is not on the class path: check its name and the "
				+ "class path (-cp)");
	}

	@Test
	void classThatIsNotAnEntityExitsWithTwo() {
		Run run = run("--dialect=postgres", "--classes=java.lang.String");
		assertFailed(run, 2, "Class java.lang.String is not a JPA entity, embeddable, mapped superclass or converter: "
				+ "name only classes annotated @Entity, @Embeddable, @MappedSuperclass or @Converter");
	}

	@Test
	void packageWithoutEntitiesExitsWithThreeNamingTheOptions() {
		Run run = run("--dialect=postgres", "--packages=com.example.nothing");
		assertFailed(run, 3, "No JPA entity found in --packages=com.example.nothing: set --packages to the packages "
				+ "of the @Entity classes, or --classes to the classes");
	}

	@Test
	void noEntitiesNamedExitsWithTwo() {
		Run run = run("--dialect=postgres");
		assertFailed(run, 2, "No entities named: set --packages to the packages of the @Entity classes, or --classes "
				+ "to the classes");
	}

	@Test
	void mappingErrorExitsWithFour() {
		Run run = run("--dialect=postgres", "--packages=" + BROKEN);
		assertThat(run.exitCode()).isEqualTo(4);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).last()
			.asString()
			.startsWith("atlas: error: Hibernate cannot map persistence unit 'default': ")
			.contains("NotAnEntity");
	}

	@Test
	void unknownOptionExitsWithTwoListingTheOptions() {
		Run run = run("--dialect=postgres", "--package=" + CATALOG);
		assertFailed(run, 2, "Unknown option '--package=" + CATALOG + "': use --dialect=..., --dialect-version=..., "
				+ "--packages=..., --classes=..., --mapping-files=..., --property=..., --naming=..., --source-roots=..., "
				+ "--source-positions=..., --format=...");
	}

	@Test
	void optionWithoutValueExitsWithTwo() {
		Run run = run("--dialect", "postgres", "--packages=" + CATALOG);
		assertFailed(run, 2, "Option --dialect needs a value: write --dialect=...");
	}

	@Test
	void propertyWithoutValueExitsWithTwo() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--property=hibernate.foo");
		assertFailed(run, 2, "Invalid --property 'hibernate.foo': write --property=name=value, such as "
				+ "--property=hibernate.type.preferred_uuid_jdbc_type=CHAR");
	}

	@Test
	void unknownNamingExitsWithTwo() {
		Run run = run("--dialect=postgres", "--packages=" + CATALOG, "--naming=jpa");
		assertFailed(run, 2, "Unknown naming 'jpa': use --naming=spring-boot or --naming=hibernate");
	}

	@Test
	void programRefusesOptionsThatNameEntities() {
		Run run = run(EntitySchema.of(Author.class), "--dialect=postgres", "--packages=" + CATALOG);
		assertFailed(run, 2, "Unknown option '--packages=" + CATALOG + "': use --dialect=..., --dialect-version=..., "
				+ "--source-roots=..., --source-positions=..., --format=...");
	}

	@Test
	void programWhoseEntitiesAreNoneExitsWithThree() {
		Run run = run(EntitySchema.ofPackages("com.example.nothing"), "--dialect=postgres");
		assertFailed(run, 3, "No JPA entity found (searched packages com.example.nothing): name the packages that "
				+ "hold the @Entity classes, or the classes themselves");
	}

	private static void assertFailed(Run run, int exitCode, String message) {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).filteredOn((line) -> line.startsWith("atlas: error: "))
			.containsExactly("atlas: error: " + message);
		assertThat(run.errLines()).last().isEqualTo("atlas: error: " + message);
	}

	private static Run run(String... args) {
		return run(null, args);
	}

	private static Run run(EntitySchema entities, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = PrintEntitySchema.run(entities, args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String out, String err) {

		List<String> errLines() {
			return this.err.lines().toList();
		}

	}

}
