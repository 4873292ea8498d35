package io.github.atlasspring.hostile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lean start prints the hostile application's DDL byte for byte as a full start does.
 */
class LeanStartIT {

	@ParameterizedTest
	@ValueSource(strings = { "entityManagerFactory", "orders" })
	void leanStartPrintsTheSameBytesAsFullStart(String persistenceUnit) {
		String[] args = HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.dialect=postgres", "--atlas.persistence-unit=" + persistenceUnit);
		Result lean = HostileApp.run(args);
		Result full = HostileApp.run(HostileApp.concat(args, "--atlas.lean-start=false"));
		PrintOutput.assertOnlyDdl(lean);
		PrintOutput.assertOnlyDdl(full);
		assertThat(lean.stdoutBytes()).isEqualTo(full.stdoutBytes());
		assertThat(lean.stderr()).containsPattern("atlas: lean start left out [1-9]\\d* auto-configurations");
		assertThat(full.stderr()).doesNotContain("atlas: lean start");
	}

}
