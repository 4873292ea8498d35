package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

import io.github.atlasspring.testsupport.DatabaseServer;

/**
 * Schema tests on MySQL.
 */
@EnabledIf(value = "serverAvailable",
		disabledReason = "needs ATLAS_TEST_MYSQL_URL or a Docker engine for Testcontainers")
class MysqlSchemaTests extends AbstractSchemaTests {

	MysqlSchemaTests() {
		super(MysqlFamilyDatabase.mysql(DatabaseServer.MYSQL));
	}

	static boolean serverAvailable() {
		return DatabaseServer.MYSQL.isAvailable();
	}

}
