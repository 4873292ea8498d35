package io.github.atlasspring.library;

import java.util.List;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What print mode wrote on standard output, read as Atlas reads it: an optional block of
 * {@code -- atlas:} directives closed by a blank line, then one statement a line.
 *
 * @param directives the directives, if any
 * @param statements the statements, each ending with {@code ;}
 */
record PrintedDdl(List<String> directives, List<String> statements) {

	/**
	 * Read the output of a successful print-mode run, asserting that it holds nothing but
	 * directives and DDL.
	 * @param run the run
	 * @return the printed DDL
	 */
	static PrintedDdl of(Result run) {
		assertThat(run.exitCode()).as(run::toString).isZero();
		assertThat(run.stdout()).as(run::toString).endsWith(";\n").doesNotContain("\r");
		List<String> lines = run.stdoutLines();
		int blank = lines.indexOf("");
		List<String> directives = lines.subList(0, Math.max(blank, 0));
		List<String> statements = lines.subList(blank + 1, lines.size());
		assertThat(directives).as(run::toString).allSatisfy((line) -> assertThat(line).startsWith("-- atlas:"));
		assertThat(statements).as(run::toString)
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).matches("(create|alter) [^;]*;"));
		return new PrintedDdl(List.copyOf(directives), List.copyOf(statements));
	}

}
