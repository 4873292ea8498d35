package io.github.atlasspring.sample;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.github.atlasspring.sample.SampleAppProcess.Result;
import io.github.atlasspring.schema.SchemaDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
		assertThat(defaultRun().stderr().lines()).anySatisfy(
				(line) -> assertThat(line).startsWith("atlas: warning: ").contains("insert into audit_ids"));
	}

	@Test
	void startsNeitherWebServerNorApplication() {
		assertThat(defaultRun().stderr()).doesNotContain("Tomcat").doesNotContain("Started SampleApplication");
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
		assertThat(result.stdoutLines()).allSatisfy((line) -> assertThat(line).endsWith(";")
			.doesNotContain(" INFO ")
			.doesNotContain(" WARN ")
			.doesNotMatch("^\\d{4}-\\d{2}-\\d{2}.*")
			.matches("^(create|alter|insert) .*"));
	}

	private static void decodeStrictly(byte[] bytes) throws CharacterCodingException {
		StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
	}

}
