package io.github.atlasspring.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that prove, on the packaged sample application, that lean start
 * leaves auto-configurations out and the DDL unchanged.
 */
class LeanStartIT {

	private static final Pattern LEFT_OUT = Pattern.compile("atlas: lean start left out (\\d+) auto-configurations");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void leanStartPrintsTheSameBytesAsFullStart(String dialect) {
		String sourceRoots = "--atlas.source-roots=" + SampleAppProcess.sources();
		Result lean = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=" + dialect, sourceRoots);
		Result full = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=" + dialect, sourceRoots,
				"--atlas.lean-start=false");
		assertThat(lean.exitCode()).as(lean.stderr()).isZero();
		assertThat(full.exitCode()).as(full.stderr()).isZero();
		assertThat(lean.directives()).isNotEmpty();
		assertThat(lean.stdoutBytes()).isEqualTo(full.stdoutBytes());
		assertThat(leftOut(lean)).as("auto-configurations left out").isGreaterThan(20);
		assertThat(full.stderr()).doesNotContain("atlas: lean start");
	}

	private static int leftOut(Result result) {
		Matcher matcher = LEFT_OUT.matcher(result.stderr());
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
