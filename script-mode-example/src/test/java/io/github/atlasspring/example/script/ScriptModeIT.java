package io.github.atlasspring.example.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that run the programs of this example's {@code atlas.hcl} as Atlas
 * runs them, and compare their DDL with what print mode prints from the packaged sample
 * application for the same database and version.
 */
class ScriptModeIT {

	private static final String COMMAND = "io.github.atlasspring.script.PrintEntitySchema";

	private static final Map<String, Result> programRuns = new ConcurrentHashMap<>();

	private static final Map<String, Result> printModeRuns = new ConcurrentHashMap<>();

	private static Map<String, AtlasProgram> programs;

	@BeforeAll
	static void readAtlasHcl() throws Exception {
		programs = AtlasProgram.read(Path.of("atlas.hcl"));
		assertThat(programs).containsOnlyKeys("postgres", "mariadb", "postgres_command");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgres", "mariadb", "postgres_command" })
	void programPrintsWhatPrintModePrints(String name) {
		AtlasProgram program = programs.get(name);
		Result printed = run(name);
		assertThat(printed.exitCode()).as(printed::toString).isZero();
		assertThat(printed.stdout()).startsWith("create ").endsWith(";\n");
		Result printMode = printMode(program.option("--dialect"), program.option("--dialect-version"));
		assertThat(printMode.exitCode()).as(printMode::toString).isZero();
		assertThat(printed.stdout()).isEqualTo(printMode.stdout());
		assertThat(printed.stdoutBytes()).isEqualTo(printMode.stdoutBytes());
	}

	@Test
	void programWarnsAboutSeedRowsAsPrintModeDoes() {
		AtlasProgram program = programs.get("postgres");
		List<String> warnings = warnings(run("postgres"));
		assertThat(warnings)
			.isEqualTo(warnings(printMode(program.option("--dialect"), program.option("--dialect-version"))));
	}

	@Test
	void postgresProgramAppliesOnPostgreSQL() throws Exception {
		assertApplies("postgres", DatabaseServer.POSTGRESQL);
	}

	@Test
	void mariadbProgramAppliesOnMariaDB() throws Exception {
		assertApplies("mariadb", DatabaseServer.MARIADB);
	}

	@Test
	void commandWithPackageWithoutEntityExitsWithThree() {
		Result result = command("--dialect=postgres", "--packages=com.example.nothing");
		assertFailed(result, 3);
		assertThat(result.lastStderrLine()).contains("--packages=com.example.nothing");
	}

	@Test
	void commandWithUnknownClassExitsWithTwo() {
		Result result = command("--dialect=postgres", "--classes=com.example.Nope");
		assertFailed(result, 2);
		assertThat(result.lastStderrLine()).contains("com.example.Nope").contains("--classes");
	}

	@Test
	void commandWithUnknownDialectExitsWithTwo() {
		Result result = command("--dialect=nosuch", "--packages=io.github.atlasspring.sample");
		assertFailed(result, 2);
		assertThat(result.lastStderrLine()).contains("'nosuch'").contains("--dialect with one of postgres");
	}

	@Test
	void programWithUnknownDialectExitsWithTwo() {
		Result result = programs.get("postgres").withArguments(SampleSchema.class.getName(), "--dialect=nosuch").run();
		assertFailed(result, 2);
		assertThat(result.lastStderrLine()).contains("'nosuch'").contains("--dialect with one of postgres");
	}

	private static void assertApplies(String name, DatabaseServer server) throws Exception {
		server.assumeAvailable();
		Result printed = run(name);
		assertThat(printed.exitCode()).as(printed::toString).isZero();
		try (TestDatabase database = server.createDatabase("script_mode")) {
			database.executeEach(printed.stdoutLines());
		}
	}

	private static void assertFailed(Result result, int exitCode) {
		assertThat(result.exitCode()).as(result::toString).isEqualTo(exitCode);
		assertThat(result.stdoutBytes()).isEmpty();
		assertThat(result.stderr().lines().filter((line) -> line.startsWith("atlas: error: "))).hasSize(1);
		assertThat(result.lastStderrLine()).startsWith("atlas: error: ");
	}

	private static Result command(String... args) {
		return programs.get("postgres_command").withArguments(COMMAND, args).run();
	}

	private static Result run(String name) {
		return programRuns.computeIfAbsent(name, (key) -> programs.get(key).run());
	}

	private static Result printMode(String dialect, String version) {
		return printModeRuns.computeIfAbsent(dialect + " " + version,
				(key) -> JarProcess.of(Path.of(System.getProperty("sample-app.jar")))
					.run("--atlas.print-schema", "--atlas.dialect=" + dialect, "--atlas.dialect-version=" + version));
	}

	private static List<String> warnings(Result result) {
		return result.stderr().lines().filter((line) -> line.startsWith("atlas: warning: ")).toList();
	}

}
