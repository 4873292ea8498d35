package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Schema tests on MySQL.
 */
@EnabledIf(value = "io.github.atlasspring.it.DatabaseServer#mysqlAvailable",
		disabledReason = "needs ATLAS_TEST_MYSQL_URL or a Docker engine for Testcontainers")
class MysqlSchemaTests extends AbstractSchemaTests {

	MysqlSchemaTests() {
		super(MysqlFamilyDatabase.mysql(DatabaseServer.MYSQL));
	}

}
