package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

import io.github.atlasspring.testsupport.DatabaseServer;

/**
 * Schema tests on PostgreSQL.
 */
@EnabledIf(value = "serverAvailable",
		disabledReason = "needs ATLAS_TEST_POSTGRES_URL or a Docker engine for Testcontainers")
class PostgresqlSchemaTests extends AbstractSchemaTests {

	PostgresqlSchemaTests() {
		super(new PostgresqlDatabase(DatabaseServer.POSTGRESQL));
	}

	static boolean serverAvailable() {
		return DatabaseServer.POSTGRESQL.isAvailable();
	}

}
