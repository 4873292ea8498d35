package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Schema tests on PostgreSQL.
 */
@EnabledIf(value = "io.github.atlasspring.it.DatabaseServer#postgresqlAvailable",
		disabledReason = "needs ATLAS_TEST_POSTGRES_URL or a Docker engine for Testcontainers")
class PostgresqlSchemaTests extends AbstractSchemaTests {

	PostgresqlSchemaTests() {
		super(new PostgresqlDatabase(DatabaseServer.POSTGRESQL));
	}

}
