package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

import io.github.atlasspring.testsupport.DatabaseServer;

/**
 * Schema tests on MariaDB.
 */
@EnabledIf(value = "serverAvailable",
		disabledReason = "needs ATLAS_TEST_MARIADB_URL or a Docker engine for Testcontainers")
class MariadbSchemaTests extends AbstractSchemaTests {

	MariadbSchemaTests() {
		super(MysqlFamilyDatabase.mariadb(DatabaseServer.MARIADB));
	}

	static boolean serverAvailable() {
		return DatabaseServer.MARIADB.isAvailable();
	}

}
