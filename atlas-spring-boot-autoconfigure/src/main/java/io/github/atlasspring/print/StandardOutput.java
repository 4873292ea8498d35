package io.github.atlasspring.print;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the process's standard output for the DDL alone: while print mode runs,
 * everything else that writes to {@link System#out} (the banner, log appenders, the
 * application's own beans) goes to standard error.
 */
final class StandardOutput {

	private static PrintStream original;

	private StandardOutput() {
	}

	static synchronized void redirectToStandardError() {
		if (original == null) {
			original = System.out;
			System.setOut(System.err);
		}
	}

	/**
	 * Give {@link System#out} back its own stream, for tests that run print mode
	 * in-process.
	 */
	static synchronized void restore() {
		if (original != null) {
			System.setOut(original);
			original = null;
		}
	}

	static synchronized void write(String text) {
		PrintStream out = (original != null) ? original : System.out;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write(bytes, 0, bytes.length);
		out.flush();
	}

}
