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

	@ParameterizedTest
	@ValueSource(strings = { "mariadb:7.1", "mariadb:9", "mysql:6.0", "oracle:20", "postgres:5", "h2:0.9" })
	void rejectsMajorVersionNoReleaseHad(String target) {
		String[] parts = target.split(":");
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> SchemaTarget.of(parts[0], parts[1]))
			.satisfies((ex) -> assertThat(ex.getOption()).isEqualTo(SchemaExportException.Option.DIALECT_VERSION))
			.withMessageContaining(
					"has never had a version " + parts[1].split("\\.")[0] + ": use --atlas.dialect-version");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mariadb:15", "postgres:99", "mysql:10.1" })
	void acceptsMajorVersionNewerThanKnownReleases(String target) {
		String[] parts = target.split(":");
		assertThat(SchemaTarget.of(parts[0], parts[1]).version()).isEqualTo(parts[1]);
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
