package io.github.atlasspring.maven;

/**
 * What a print-mode run gave.
 *
 * @param exitCode the process's exit code
 * @param standardOutput everything it wrote to standard output
 * @param errorLine its last {@code atlas: error:} line, or {@code null}
 */
record PrintModeResult(int exitCode, byte[] standardOutput, String errorLine) {

	/**
	 * Whether the run printed a schema: it exited with 0 and printed something. An empty
	 * schema would make Atlas plan to drop every table, so it is a failure.
	 * @return whether the standard output is the schema
	 */
	boolean printed() {
		return this.exitCode == 0 && this.standardOutput.length > 0;
	}

	/**
	 * Return a one-line description of the failure.
	 * @return the description
	 */
	String failure() {
		if (this.exitCode == 0) {
			return "Print mode exited with 0 but printed nothing, which Atlas would read as an empty schema:"
					+ " check that the main class runs SpringApplication, or name another with -Datlas.main-class";
		}
		if (this.errorLine != null) {
			return "Print mode exited with " + this.exitCode + ": " + this.errorLine;
		}
		return "Print mode exited with " + this.exitCode + " before it could report an error (see its output above):"
				+ " check -Datlas.main-class and -Datlas.jvm-arguments";
	}

}
