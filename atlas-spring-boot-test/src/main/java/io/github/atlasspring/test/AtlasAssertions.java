package io.github.atlasspring.test;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaScript;

/**
 * Entry point for the assertions on a printed schema, to import statically next to
 * AssertJ's own {@code assertThat}.
 */
public final class AtlasAssertions {

	private AtlasAssertions() {
	}

	/**
	 * Create assertions on the DDL printed for an application's persistence unit.
	 * @param actual the script, may be {@code null} (every assertion then fails)
	 * @return the assertions
	 */
	public static SchemaScriptAssert assertThat(@Nullable SchemaScript actual) {
		return new SchemaScriptAssert(actual);
	}

}
