package io.github.atlasspring.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;

/**
 * Prints a test model's DDL in print mode, in a process of its own as Atlas runs it, with
 * lean start on or off.
 */
final class LeanStartPrint {

	private static final JarProcess PROCESS = JarProcess.ofMainClass(PrintModelMain.class);

	private LeanStartPrint() {
	}

	/**
	 * Print a model's DDL for a database.
	 * @param variant the model
	 * @param database the kind of database
	 * @param target the database its application is configured for, never connected to
	 * @param leanStart the value of {@code atlas.lean-start}
	 * @return what print mode gave
	 */
	static Result print(ModelVariant variant, TestDatabase database, FreshDatabase target, boolean leanStart) {
		List<String> args = new ArrayList<>();
		args.add(Arrays.stream(variant.sources()).map(Class::getName).collect(Collectors.joining(",")));
		args.add(String.join(",", variant.entityPackages(database)));
		ModelApplication.properties(database, target, "none")
			.forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--atlas.print-schema");
		args.add("--atlas.dialect=" + database.dialect());
		if (database.version() != null) {
			args.add("--atlas.dialect-version=" + database.version());
		}
		args.add("--atlas.source-roots=src/test/java");
		args.add("--atlas.lean-start=" + leanStart);
		return PROCESS.run(args);
	}

}
