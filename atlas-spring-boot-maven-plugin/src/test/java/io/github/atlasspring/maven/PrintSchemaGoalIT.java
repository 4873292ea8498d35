package io.github.atlasspring.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.maven.SampleAppCopy.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the always-fresh route: the program of the sample app's
 * {@code atlas.hcl} data source {@code postgres_fresh}, run by the real Maven on a copy
 * of the sample app with this build's plugin installed.
 */
class PrintSchemaGoalIT {

	private static final String DATA_SOURCE = "postgres_fresh";

	private static final String TAG = "src/main/java/io/github/atlasspring/sample/Tag.java";

	private static final byte ESC = 0x1b;

	@TempDir
	Path temp;

	@Test
	void printsOnStandardOutputExactlyWhatThePackagedJarPrints() throws IOException {
		SampleAppCopy app = SampleAppCopy.create(this.temp);
		List<String> program = app.program(DATA_SOURCE);
		Result fresh = app.run(program);
		assertPrinted(fresh);
		assertSucceeded(app.run(List.of("mvn", "-B", "-q", "package", "-Dmaven.test.skip=true")));
		Result packaged = app.run(javaJar(program));
		assertPrinted(packaged);
		assertThat(fresh.stdout()).isEqualTo(packaged.stdout());
		Path tag = app.directory().resolve(TAG).toAbsolutePath().normalize();
		assertThat(fresh.stdoutText()).contains("-- atlas:pos tag[type=table] " + tag + ":");
	}

	@Test
	void printsAnEntityChangeWithoutRepackaging() throws IOException {
		SampleAppCopy app = SampleAppCopy.create(this.temp);
		List<String> program = app.program(DATA_SOURCE);
		Result before = app.run(program);
		assertPrinted(before);
		app.edit(TAG, (source) -> source.replace("\tprotected Tag() {",
				"\t@Column(length = 300)\n\tprivate String description;\n\n\tprotected Tag() {"));
		Result after = app.run(program);
		assertPrinted(after);
		assertThat(before.stdoutText()).doesNotContain("description");
		assertThat(after.stdoutText()).contains("description varchar(300)");
	}

	@Test
	void failedPrintModeExitsNonZeroWithNothingOnStandardOutput() throws IOException {
		SampleAppCopy app = SampleAppCopy.create(this.temp);
		List<String> program = new ArrayList<>(app.program(DATA_SOURCE));
		program.replaceAll(
				(argument) -> argument.equals("-Datlas.dialect=postgres") ? "-Datlas.dialect=nosuch" : argument);
		Result result = app.run(program);
		assertThat(result.exitCode()).as(result.stderr()).isNotZero();
		assertThat(result.stdout()).as(result.stderr()).isEmpty();
		assertThat(result.stderr().lines())
			.anyMatch((line) -> line.startsWith("atlas: error: Unknown dialect 'nosuch'"))
			.anyMatch((line) -> line.startsWith("[ERROR] Failed to execute goal")
					&& line.contains("Print mode exited with 2: atlas: error: Unknown dialect 'nosuch'"));
	}

	@Test
	void compileErrorExitsNonZeroWithNothingOnStandardOutput() throws IOException {
		SampleAppCopy app = SampleAppCopy.create(this.temp);
		app.edit(TAG, (source) -> source.replace("private String name;", "private String name"));
		Result result = app.run(app.program(DATA_SOURCE));
		assertThat(result.exitCode()).as(result.stderr()).isNotZero();
		assertThat(result.stdout()).as(result.stderr()).isEmpty();
		assertThat(result.stderr()).contains("COMPILATION ERROR").contains("Tag.java");
	}

	/**
	 * Return the packaged route for the same options: {@code java -jar} on the copy's jar
	 * with each {@code -Datlas.x=y} of the program as {@code --atlas.x=y}.
	 */
	private static List<String> javaJar(List<String> program) {
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-jar", "target/sample-app.jar", "--atlas.print-schema"));
		program.stream()
			.filter((argument) -> argument.startsWith("-Datlas."))
			.map((argument) -> "--" + argument.substring(2))
			.forEach(command::add);
		return command;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void assertPrinted(Result result) {
		assertSucceeded(result);
		assertThat(result.stdout()).as("standard output").isNotEmpty().doesNotContain(ESC);
		String[] directivesAndStatements = result.stdoutText().split("\n\n", 2);
		assertThat(directivesAndStatements[0].lines()).as("the position directives")
			.allMatch((line) -> line.startsWith("-- atlas:pos "));
		assertThat(directivesAndStatements[1]).startsWith("create ").endsWith(";\n");
	}

	private static void assertSucceeded(Result result) {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
	}

}
