package io.github.atlasspring.hostile;

import java.util.List;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on what print mode writes.
 */
final class PrintOutput {

	private PrintOutput() {
	}

	static void assertOnlyDdl(Result run) {
		assertThat(run.exitCode()).as(run::toString).isZero();
		assertThat(run.stdout()).as(run::toString).isNotBlank().endsWith(";\n").doesNotContain("\r");
		assertThat(directives(run)).as("the position directives of the hostile sources")
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).startsWith("-- atlas:pos "));
		assertThat(statements(run)).as(run::toString).allSatisfy((line) -> assertThat(line).endsWith(";"));
		assertThat(String.join("\n", statements(run))).doesNotContain("HOSTILE", "Hibernate:", "DEBUG", "INFO",
				"WARN", "atlas:");
		assertThat(run.stderr()).as("logging goes to standard error, without stack traces")
			.contains("HOSTILE-LOG")
			.doesNotContain("\tat ")
			.doesNotContain("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "HOSTILE-RUNNER", "HOSTILE-SCHEDULED",
					"Hibernate:");
		assertThat(run.lastStderrLine()).startsWith("atlas: printed");
	}

	static void assertFailure(Result run, int exitCode) {
		assertThat(run.exitCode()).as(run::toString).isEqualTo(exitCode);
		assertThat(run.stdout()).as(run::toString).isEmpty();
		assertThat(run.lastStderrLine()).startsWith("atlas: error: ");
		assertThat(run.stderr()).doesNotContain("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "HOSTILE-RUNNER",
				"HOSTILE-SCHEDULED");
	}

	/**
	 * Return the position directives at the top of standard output.
	 */
	static List<String> directives(Result run) {
		return run.stdoutLines().stream().takeWhile((line) -> !line.isEmpty()).toList();
	}

	/**
	 * Return the statements after the directives and the blank line that ends them.
	 */
	static List<String> statements(Result run) {
		List<String> lines = run.stdoutLines();
		int blank = lines.indexOf("");
		return lines.subList(blank + 1, lines.size());
	}

}
