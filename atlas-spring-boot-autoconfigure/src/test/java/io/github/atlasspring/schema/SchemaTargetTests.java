package io.github.atlasspring.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaTarget}.
 */
class SchemaTargetTests {

	@ParameterizedTest
	@ValueSource(strings = { "16", "8.4", "10.11", "8.0.16" })
	void acceptsVersionWithUpToThreeParts(String version) {
		assertThat(SchemaTarget.of("mysql", version).version()).isEqualTo(version);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "", "8.", "v16", "1.2.3.4", "16-beta" })
	void rejectsInvalidVersionNamingTheOption(String version) {
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> SchemaTarget.of("postgres", version))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(SchemaExportException.Reason.INVALID_OPTION))
			.withMessageContaining("'" + version + "'")
			.withMessageContaining("--atlas.dialect-version");
	}

	@Test
	void ofTrimsVersion() {
		assertThat(SchemaTarget.of("postgres", " 16 ")).isEqualTo(new SchemaTarget(SchemaDialect.POSTGRESQL, "16"));
	}

	@Test
	void ofWithoutVersionTargetsOldestSupportedVersion() {
		SchemaTarget target = SchemaTarget.of("postgres", null);
		assertThat(target.version()).isNull();
		assertThat(target.major()).isZero();
	}

	@Test
	void ofRejectsUnknownDialect() {
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> SchemaTarget.of("nosuch", "16"))
			.withMessageContaining("--atlas.dialect with one of");
	}

	@Test
	void majorAndMinorAreReadFromVersion() {
		SchemaTarget target = SchemaTarget.of("mariadb", "10.11.6");
		assertThat(target.major()).isEqualTo(10);
		assertThat(target.minor()).isEqualTo(11);
	}

	@Test
	void minorIsZeroWhenVersionHasOnlyMajor() {
		assertThat(SchemaTarget.of("postgres", "16").minor()).isZero();
	}

	@Test
	void toStringNamesCanonicalDialectAndVersion() {
		assertThat(SchemaTarget.of("postgresql", "16")).hasToString("postgres 16");
		assertThat(SchemaTarget.of("sqlserver", null)).hasToString("mssql");
	}

}
