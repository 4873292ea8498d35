package io.github.atlasspring.print;

import io.github.atlasspring.schema.SchemaScript;

/**
 * Ends the application's start-up once the schema is known, before any application bean,
 * runner, scheduler or lifecycle component starts. Print mode then writes the script and
 * exits.
 */
final class SchemaPrintedException extends RuntimeException {

	private final transient SchemaScript script;

	SchemaPrintedException(SchemaScript script) {
		super("Schema of persistence unit '" + script.persistenceUnit() + "' exported; print mode stops here", null,
				false, false);
		this.script = script;
	}

	SchemaScript getScript() {
		return this.script;
	}

}
