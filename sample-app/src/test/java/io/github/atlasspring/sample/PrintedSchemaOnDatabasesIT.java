package io.github.atlasspring.sample;

import io.github.atlasspring.sample.SampleAppProcess.Result;
import io.github.atlasspring.sample.SampleAppProcess.Running;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Integration tests that replay the sample application's printed schema on real database
 * servers, statement by statement as Atlas does, and start the application against it
 * with {@code ddl-auto=validate}.
 */
class PrintedSchemaOnDatabasesIT {

	@ParameterizedTest
	@CsvSource({ "POSTGRES, postgres, 15", "MARIADB, mariadb, 10.11" })
	void printedSchemaExecutesAndValidates(String server, String dialect, String version) throws Exception {
		assumeTrue(TestDatabase.isConfigured(server), "ATLAS_TEST_" + server + "_URL is not set");
		Result printed = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=" + dialect,
				"--atlas.dialect-version=" + version);
		assertThat(printed.exitCode()).as(printed.stderr()).isZero();
		try (TestDatabase database = TestDatabase.create(server)) {
			database.executeEach(printed.stdoutLines());
			try (Running app = SampleAppProcess.start("--server.port=0", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(),
					"--spring.flyway.enabled=false", "--spring.jpa.hibernate.ddl-auto=validate")) {
				assertThat(app.awaitPort()).isPositive();
			}
		}
	}

}
