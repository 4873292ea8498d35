package io.github.atlasspring.print;

import io.github.atlasspring.schema.SchemaExportException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ExitStatus}.
 */
class ExitStatusTests {

	@Test
	void codesAreStable() {
		assertThat(ExitStatus.values()).extracting(ExitStatus::code).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void everyExportFailureHasItsOwnStatus() {
		assertThat(ExitStatus.of(Reason.INVALID_OPTION)).isEqualTo(ExitStatus.INVALID_OPTION);
		assertThat(ExitStatus.of(Reason.NO_ENTITIES)).isEqualTo(ExitStatus.NO_ENTITIES);
		assertThat(ExitStatus.of(Reason.MAPPING_ERROR)).isEqualTo(ExitStatus.MAPPING_ERROR);
	}

}
