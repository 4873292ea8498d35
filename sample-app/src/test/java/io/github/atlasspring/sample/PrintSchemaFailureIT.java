package io.github.atlasspring.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for the exit codes of print mode when there is no schema to print.
 */
class PrintSchemaFailureIT {

	/**
	 * Spring Boot 4 and Spring Boot 3.5 names of the auto-configuration that defines the
	 * EntityManagerFactory; Boot ignores the one that is not on the classpath.
	 */
	private static final List<String> HIBERNATE_JPA_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration");

	@Test
	void unknownDialectExitsWithTwoListingSupportedNames() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=nosuch");
		assertFailed(result, 2);
		assertThat(result.lastStderrLine())
			.endsWith("postgres, postgresql, mysql, mariadb, sqlite, mssql, sqlserver, h2, oracle");
	}

	@Test
	void invalidDialectVersionExitsWithTwo() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect-version=abc");
		assertFailed(result, 2);
		assertThat(result.lastStderrLine()).contains("'abc'").contains("--atlas.dialect-version");
	}

	@Test
	void unknownPersistenceUnitExitsWithTwoListingUnits() {
		Result result = SampleAppProcess.run("--atlas.print-schema", "--atlas.persistence-unit=nope");
		assertFailed(result, 2);
		assertThat(result.lastStderrLine()).contains("'nope'").endsWith("entityManagerFactory");
	}

	@Test
	void missingEntityManagerFactoryExitsWithThree() {
		Result result = SampleAppProcess.run("--atlas.print-schema",
				"--spring.autoconfigure.exclude=" + String.join(",", HIBERNATE_JPA_AUTO_CONFIGURATIONS));
		assertFailed(result, 3);
		assertThat(result.lastStderrLine()).contains("No JPA EntityManagerFactory");
	}

	private static void assertFailed(Result result, int exitCode) {
		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(exitCode);
		assertThat(result.stdoutBytes()).isEmpty();
		assertThat(result.lastStderrLine()).startsWith("atlas: error: ");
	}

}
