package io.github.atlasspring.it;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Schema tests on MariaDB.
 */
@EnabledIf(value = "io.github.atlasspring.it.DatabaseServer#mariadbAvailable",
		disabledReason = "needs ATLAS_TEST_MARIADB_URL or a Docker engine for Testcontainers")
class MariadbSchemaTests extends AbstractSchemaTests {

	MariadbSchemaTests() {
		super(MysqlFamilyDatabase.mariadb(DatabaseServer.MARIADB));
	}

}
