package io.github.atlasspring.test;

/**
 * The drift check on MySQL, at {@code ATLAS_TEST_MYSQL_URL} or in a Testcontainers
 * container.
 */
class MysqlSchemaDriftTests extends AbstractSchemaDriftTests {

	MysqlSchemaDriftTests() {
		super(TestDatabase.Server.MYSQL);
	}

	@Override
	String varchar() {
		return "varchar";
	}

	@Override
	String decimal() {
		return "decimal";
	}

	@Override
	boolean hasSequences() {
		return false;
	}

}
