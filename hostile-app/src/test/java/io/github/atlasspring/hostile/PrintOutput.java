package io.github.atlasspring.hostile;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on what print mode writes.
 */
final class PrintOutput {

	private PrintOutput() {
	}

	static void assertOnlyDdl(HostileApp.Run run) {
		assertThat(run.exitCode()).as(run::toString).isZero();
		assertThat(run.stdout()).as(run::toString).isNotBlank().endsWith(";\n").doesNotContain("\r");
		assertThat(Arrays.asList(run.stdout().split("\n"))).as(run::toString)
			.allSatisfy((line) -> assertThat(line).endsWith(";"));
		assertThat(run.stdout()).doesNotContain("HOSTILE", "Hibernate:", "DEBUG", "INFO", "WARN", "atlas:");
		assertThat(run.stderr()).as("logging goes to standard error, without stack traces")
			.contains("HOSTILE-LOG")
			.doesNotContain("\tat ")
			.doesNotContain("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "HOSTILE-RUNNER", "HOSTILE-SCHEDULED",
					"Hibernate:");
		assertThat(HostileApp.lastLine(run.stderr())).startsWith("atlas: printed");
	}

	static void assertFailure(HostileApp.Run run, int exitCode) {
		assertThat(run.exitCode()).as(run::toString).isEqualTo(exitCode);
		assertThat(run.stdout()).as(run::toString).isEmpty();
		assertThat(HostileApp.lastLine(run.stderr())).startsWith("atlas: error: ");
		assertThat(run.stderr()).doesNotContain("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "HOSTILE-RUNNER",
				"HOSTILE-SCHEDULED");
	}

}
