package io.github.atlasspring.it;

/**
 * Schema tests on SQLite, in temporary files.
 */
class SqliteSchemaTests extends AbstractSchemaTests {

	SqliteSchemaTests() {
		super(new SqliteDatabase());
	}

}
