package io.github.atlasspring.it;

/**
 * Schema tests on H2, in memory.
 */
class H2SchemaTests extends AbstractSchemaTests {

	H2SchemaTests() {
		super(new H2Database());
	}

}
