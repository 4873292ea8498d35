package io.github.atlasspring.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintModeResult}.
 */
class PrintModeResultTests {

	private static final byte[] DDL = "create table t (id bigint);\n".getBytes();

	@Test
	void printedWhenItExitedWithZeroAndWroteSomething() {
		assertThat(new PrintModeResult(0, DDL, null).printed()).isTrue();
	}

	@Test
	void emptyOutputIsAFailureEvenWithExitCodeZero() {
		PrintModeResult result = new PrintModeResult(0, new byte[0], null);
		assertThat(result.printed()).isFalse();
		assertThat(result.failure()).startsWith("Print mode exited with 0 but printed nothing")
			.contains("-Datlas.main-class");
	}

	@Test
	void failureQuotesTheErrorLine() {
		PrintModeResult result = new PrintModeResult(2, new byte[0], "atlas: error: Unknown dialect 'x'");
		assertThat(result.printed()).isFalse();
		assertThat(result.failure()).isEqualTo("Print mode exited with 2: atlas: error: Unknown dialect 'x'");
	}

	@Test
	void failureWithoutAnErrorLinePointsAtTheOutput() {
		assertThat(new PrintModeResult(1, new byte[0], null).failure())
			.isEqualTo("Print mode exited with 1 before it could report an error (see its output above):"
					+ " check -Datlas.main-class and -Datlas.jvm-arguments");
	}

}
