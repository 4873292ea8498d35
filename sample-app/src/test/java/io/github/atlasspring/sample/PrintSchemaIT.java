package io.github.atlasspring.sample;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static io.github.atlasspring.testsupport.PositionDirectives.directive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Integration tests that print the sample application's schema from its packaged jar.
 */
class PrintSchemaIT {

	private static final String CLOSED_PORT_URL = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nope";

	private static Result defaultRun;

	@ParameterizedTest
	@ValueSource(
			strings = { "postgres", "postgresql", "mysql", "mariadb", "sqlite", "mssql", "sqlserver", "h2", "oracle" })
	void printsOnlyDdlForEveryDialect(String dialect) {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=" + dialect);
		assertPrinted(result);
		assertThat(result.stderr()).contains("for " + SchemaDialect.named(dialect).canonicalName() + " ");
	}

	@Test
	void printsH2DdlByDefault() {
		Result result = defaultRun();
		assertPrinted(result);
		assertThat(result.stderr()).contains("for h2 ");
		assertThat(result.stdout()).contains("role enum ('ADMIN','AUTHOR','READER') not null");
	}

	@Test
	void warnsAboutSeedRowOfTableGenerator() {
		assertThat(defaultRun().stderr().lines())
			.anySatisfy((line) -> assertThat(line).startsWith("atlas: warning: ").contains("insert into audit_ids"));
	}

	@Test
	void startsNeitherWebServerNorApplication() {
		assertThat(defaultRun().stderr()).doesNotContain("Tomcat").doesNotContain("Started SampleApplication");
	}

	@Test
	void printsWhereEachTableIsDeclared() {
		Path sources = SampleAppProcess.sources();
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=postgres",
				"--atlas.source-roots=" + sources);
		assertPrinted(result);
		Path model = sources.resolve("io/github/atlasspring/sample");
		assertThat(result.directives()).containsExactly(
				directive("audit_event", model.resolve("AuditEvent.java"), "public class AuditEvent {"),
				directive("audit_ids", model.resolve("AuditEvent.java"), "private Long id;"),
				directive("blog", model.resolve("Blog.java"), "public class Blog {"),
				directive("blog_tags", model.resolve("Blog.java"), "private Set<Tag> tags"),
				directive("tag", model.resolve("Tag.java"), "public class Tag {"),
				directive("users", model.resolve("User.java"), "public class User {"));
	}

	@Test
	void printsNoDirectivesWhenSwitchedOff() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.source-positions=false",
				"--atlas.source-roots=" + SampleAppProcess.sources());
		assertPrinted(result);
		assertThat(result.directives()).isEmpty();
		assertThat(result.stdout()).startsWith("create ");
	}

	@Test
	void missingSourceRootOnlyDropsDirectives() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.source-roots=no/such/dir");
		assertPrinted(result);
		assertThat(result.directives()).isEmpty();
		assertThat(result.statements()).isEqualTo(defaultRun().statements());
	}

	@Test
	void printsSameBytesEveryRun() {
		assertThat(SampleAppProcess.run("--atlas.print-schema").stdoutBytes()).isEqualTo(defaultRun().stdoutBytes());
	}

	@Test
	void environmentVariableTurnsOnPrintMode() {
		Result result = SampleAppProcess.run(Map.of("ATLAS_PRINT_SCHEMA", "true"));
		assertPrinted(result);
		assertThat(result.stdoutBytes()).isEqualTo(defaultRun().stdoutBytes());
	}

	@Test
	void printSchemaTrueTurnsOnPrintMode() {
		Result result = SampleAppProcess.run("--atlas.print-schema=true");
		assertPrinted(result);
		assertThat(result.stdoutBytes()).isEqualTo(defaultRun().stdoutBytes());
	}

	@Test
	void neverConnectsToConfiguredDatabase() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=postgres", CLOSED_PORT_URL);
		assertPrinted(result);
		assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(60));
		assertThat(result.stderr()).doesNotContain("HikariPool").doesNotContain("Connection refused");
	}

	@Test
	void infersDialectFromConfiguredJdbcUrl() {
		Result result = SampleAppProcess.run("--atlas.print-schema", CLOSED_PORT_URL);
		assertPrinted(result);
		assertThat(result.stderr()).contains("for postgres ");
		assertThat(result.stdout()).contains("create sequence blog_seq");
	}

	private static Result defaultRun() {
		if (defaultRun == null) {
			defaultRun = SampleAppProcess.run("--atlas.print-schema");
		}
		return defaultRun;
	}

	private static void assertPrinted(Result result) {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThatNoException().as("stdout is UTF-8").isThrownBy(() -> decodeStrictly(result.stdoutBytes()));
		assertThat(result.stdout()).isNotEmpty().doesNotContain("\r").endsWith(";\n");
		if (!result.directives().isEmpty()) {
			assertThat(result.stdoutLines().get(result.directives().size())).as("the line after the directives")
				.isEmpty();
		}
		assertThat(result.statements()).allSatisfy((line) -> assertThat(line).endsWith(";")
			.doesNotContain(" INFO ")
			.doesNotContain(" WARN ")
			.doesNotMatch("^\\d{4}-\\d{2}-\\d{2}.*")
			.matches("^(create|alter|insert) .*"));
	}

	private static void decodeStrictly(byte[] bytes) throws CharacterCodingException {
		StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
	}

}
