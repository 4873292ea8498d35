package io.github.atlasspring.maven;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintModeOptions}.
 */
class PrintModeOptionsTests {

	@Test
	void switchesPrintModeOnWithoutOptionsByDefault() {
		assertThat(new PrintModeOptions(null, null, null).toApplicationArguments(List.of()))
			.containsExactly("--atlas.print-schema");
	}

	@Test
	void passesEveryGivenOptionUnchanged() {
		assertThat(new PrintModeOptions("postgres", "16", "orders").toApplicationArguments(List.of())).containsExactly(
				"--atlas.print-schema", "--atlas.dialect=postgres", "--atlas.dialect-version=16",
				"--atlas.persistence-unit=orders");
	}

	@Test
	void extraArgumentsComeLast() {
		assertThat(new PrintModeOptions("mysql", null, null)
			.toApplicationArguments(List.of("--spring.profiles.active=dev")))
			.containsExactly("--atlas.print-schema", "--atlas.dialect=mysql", "--spring.profiles.active=dev");
	}

}
