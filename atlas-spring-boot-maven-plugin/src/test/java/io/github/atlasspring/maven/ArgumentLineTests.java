package io.github.atlasspring.maven;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ArgumentLine}.
 */
class ArgumentLineTests {

	@Test
	void splitsOnRunsOfWhitespace() {
		assertThat(ArgumentLine.split("  -Xmx512m \t-Dx=1  ", "atlas.jvm-arguments")).containsExactly("-Xmx512m",
				"-Dx=1");
	}

	@Test
	void keepsSpacesInsideSingleOrDoubleQuotes() {
		assertThat(ArgumentLine.split("-Da='x y' \"--b=c d\" -De=\"f\"g", "atlas.arguments")).containsExactly("-Da=x y",
				"--b=c d", "-De=fg");
	}

	@Test
	void keepsAnEmptyQuotedArgument() {
		assertThat(ArgumentLine.split("a '' b", "atlas.arguments")).containsExactly("a", "", "b");
	}

	@Test
	void noLineGivesNoArguments() {
		assertThat(ArgumentLine.split(null, "atlas.arguments")).isEmpty();
		assertThat(ArgumentLine.split("   ", "atlas.arguments")).isEmpty();
	}

	@Test
	void unclosedQuoteNamesTheOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArgumentLine.split("-Da='x", "atlas.jvm-arguments"))
			.withMessage("Unclosed ' in atlas.jvm-arguments '-Da='x': close the quote or remove it");
	}

}
