package io.github.atlasspring.test;

/**
 * The drift check on MariaDB, at {@code ATLAS_TEST_MARIADB_URL}.
 */
class MariadbSchemaDriftTests extends AbstractSchemaDriftTests {

	MariadbSchemaDriftTests() {
		super(TestDatabase.Server.MARIADB);
	}

	@Override
	String varchar() {
		return "varchar";
	}

	@Override
	String decimal() {
		return "decimal";
	}

}
