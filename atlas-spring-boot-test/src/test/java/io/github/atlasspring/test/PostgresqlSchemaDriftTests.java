package io.github.atlasspring.test;

/**
 * The drift check on PostgreSQL, at {@code ATLAS_TEST_POSTGRES_URL}.
 */
class PostgresqlSchemaDriftTests extends AbstractSchemaDriftTests {

	PostgresqlSchemaDriftTests() {
		super(TestDatabase.Server.POSTGRESQL);
	}

	@Override
	String varchar() {
		return "varchar";
	}

	@Override
	String decimal() {
		return "numeric";
	}

}
