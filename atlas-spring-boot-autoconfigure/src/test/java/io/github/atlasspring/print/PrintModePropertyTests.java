package io.github.atlasspring.print;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

import io.github.atlasspring.schema.SchemaExportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PrintModeProperty}.
 */
class PrintModePropertyTests {

	@Test
	void isDisabledWhenPropertyIsAbsent() {
		assertThat(PrintModeProperty.isEnabled(new MockEnvironment())).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "true", "TRUE", " true " })
	void isEnabledByBareFlagOrTrue(String value) {
		assertThat(PrintModeProperty.isEnabled(environment(value))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "False" })
	void isDisabledByFalse(String value) {
		assertThat(PrintModeProperty.isEnabled(environment(value))).isFalse();
	}

	@Test
	void rejectsOtherValues() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> PrintModeProperty.isEnabled(environment("yes")))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(SchemaExportException.Reason.INVALID_OPTION))
			.withMessageContaining("'yes'")
			.withMessageContaining("atlas.print-schema");
	}

	private static MockEnvironment environment(String value) {
		return new MockEnvironment().withProperty("atlas.print-schema", value);
	}

}
