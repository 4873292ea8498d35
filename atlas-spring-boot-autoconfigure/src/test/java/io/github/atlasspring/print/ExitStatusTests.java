package io.github.atlasspring.print;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ExitStatus}.
 */
class ExitStatusTests {

	@Test
	void codesAreStable() {
		assertThat(ExitStatus.values()).extracting(ExitStatus::code).containsExactly(0, 1, 2, 3, 4, 5);
	}

}
