package io.github.atlasspring.sample;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.JarProcess.Running;
import io.github.atlasspring.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that replay the sample application's printed schema on real database
 * servers, position directives included, as Atlas replays it on its dev database, and
 * start the application against it with Hibernate's validation.
 */
class PrintedSchemaOnDatabasesIT {

	@ParameterizedTest
	@CsvSource({ "postgres, 15", "mariadb, 10.11" })
	void printedSchemaExecutesAndValidates(String dialect, String version) throws Exception {
		DatabaseServer server = dialect.equals("postgres") ? DatabaseServer.POSTGRESQL : DatabaseServer.MARIADB;
		server.assumeAvailable();
		Result printed = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=" + dialect,
				"--atlas.dialect-version=" + version, "--atlas.source-roots=" + SampleAppProcess.sources());
		assertThat(printed.exitCode()).as(printed.stderr()).isZero();
		assertThat(printed.directives()).isNotEmpty();
		try (TestDatabase database = server.createDatabase("sample")) {
			database.executeScript(printed.stdout());
			try (Running app = SampleAppProcess.start("--server.port=0",
					"--spring.datasource.url=" + database.login().url(),
					"--spring.datasource.username=" + database.login().username(),
					"--spring.datasource.password=" + database.login().password(), "--spring.flyway.enabled=false",
					"--spring.jpa.hibernate.ddl-auto=validate")) {
				assertThat(app.awaitPort(SampleAppProcess.STARTED)).isPositive();
			}
		}
	}

}
