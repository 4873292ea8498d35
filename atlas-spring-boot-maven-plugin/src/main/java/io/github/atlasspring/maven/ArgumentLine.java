package io.github.atlasspring.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line of arguments, as a POSIX shell would, on spaces outside single or double
 * quotes.
 */
final class ArgumentLine {

	private ArgumentLine() {
	}

	/**
	 * Split the given line into arguments.
	 * @param line the line, may be {@code null}
	 * @param option the option the line came from, named when the line is invalid
	 * @return the arguments, empty for a {@code null} or blank line
	 * @throws IllegalArgumentException if a quote is not closed
	 */
	static List<String> split(String line, String option) {
		List<String> arguments = new ArrayList<>();
		if (line == null) {
			return arguments;
		}
		StringBuilder current = new StringBuilder();
		boolean inArgument = false;
		char quote = 0;
		for (char c : line.toCharArray()) {
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
				else {
					current.append(c);
				}
			}
			else if (c == '\'' || c == '"') {
				quote = c;
				inArgument = true;
			}
			else if (Character.isWhitespace(c)) {
				if (inArgument) {
					arguments.add(current.toString());
					current.setLength(0);
					inArgument = false;
				}
			}
			else {
				current.append(c);
				inArgument = true;
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException(
					"Unclosed " + quote + " in " + option + " '" + line + "': close the quote or remove it");
		}
		if (inArgument) {
			arguments.add(current.toString());
		}
		return arguments;
	}

}
