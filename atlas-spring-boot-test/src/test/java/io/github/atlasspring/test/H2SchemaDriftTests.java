package io.github.atlasspring.test;

/**
 * The drift check on an in-memory H2 database.
 */
class H2SchemaDriftTests extends AbstractSchemaDriftTests {

	H2SchemaDriftTests() {
		super(TestDatabase.Server.H2);
	}

	@Override
	String varchar() {
		return "character varying";
	}

	@Override
	String decimal() {
		return "numeric";
	}

}
