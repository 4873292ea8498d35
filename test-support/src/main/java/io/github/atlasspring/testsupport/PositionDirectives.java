package io.github.atlasspring.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The position directives a test expects print mode to write, with the line found in the
 * source file itself, so that an edit of the file does not break the test.
 */
public final class PositionDirectives {

	private PositionDirectives() {
	}

	/**
	 * Return the directive of a table declared at the first line of a file that holds a
	 * text.
	 * @param resource the table as Atlas names it, without {@code [type=table]}, such as
	 * {@code users} or {@code lending[type=schema].loan}
	 * @param file the source file
	 * @param declaration the text of the declaring line, such as {@code class User}
	 * @return the directive
	 */
	public static String directive(String resource, Path file, String declaration) {
		return "-- atlas:pos " + resource + "[type=table] " + file + ":" + lineOf(file, declaration);
	}

	private static int lineOf(Path file, String text) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(text)) {
					return i + 1;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new AssertionError(text + " is not in " + file);
	}

}
