package io.github.atlasspring.example.script;

import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.script.PrintEntitySchema;

/**
 * Prints the DDL of the sample application's entities for Atlas, without starting the
 * application: the program that {@code atlas.hcl} runs in script mode. The arguments name
 * the database ({@code --dialect=postgres --dialect-version=16}).
 * <p>
 * It scans the package, as the application does, so that its DDL is the application's. A
 * program may as well pick a part of the model:
 * {@code EntitySchema.of(User.class, Blog.class)}.
 */
public final class SampleSchema {

	private SampleSchema() {
	}

	public static void main(String[] args) {
		PrintEntitySchema.print(EntitySchema.ofPackages("io.github.atlasspring.sample"), args);
	}

}
