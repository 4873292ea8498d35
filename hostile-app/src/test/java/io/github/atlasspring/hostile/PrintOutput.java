package io.github.atlasspring.hostile;

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
		assertThat(run.directives()).as("the position directives of the hostile sources")
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).startsWith("-- atlas:pos "));
		assertThat(run.statements()).as(run::toString).allSatisfy((line) -> assertThat(line).endsWith(";"));
		assertThat(String.join("\n", run.statements())).doesNotContain("HOSTILE", "Hibernate:", "DEBUG", "INFO", "WARN",
				"atlas:");
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

}
