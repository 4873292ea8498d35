package io.github.atlasspring.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the tables of a schema are declared in the application's sources, as Atlas's
 * position directives: {@code -- atlas:pos users[type=table] /abs/path/User.java:12}, one
 * per table whose source is found, sorted by resource, then a blank line. Atlas then
 * reports lint findings at those lines.
 * <p>
 * Paths are absolute, as Atlas's own providers write them. A table's line is the line
 * that declares its entity class, or, for a collection or join table, the member that
 * declares it when that can be found. Java and Kotlin sources are read; a table whose
 * source is not found gets no directive, which is never an error.
 */
public final class SourcePositions {

	private static final SourcePositions NONE = new SourcePositions(Map.of());

	private final Map<String, SourceFile> classes;

	private SourcePositions(Map<String, SourceFile> classes) {
		this.classes = classes;
	}

	/**
	 * Read the Java and Kotlin sources under some roots.
	 * @param sourceRoots the roots, such as {@code src/main/java}; those that do not
	 * exist are left out
	 * @return the positions of the classes found
	 * @throws UncheckedIOException if a source file cannot be read
	 */
	public static SourcePositions scan(List<Path> sourceRoots) {
		Map<String, SourceFile> classes = new HashMap<>();
		for (Path root : sourceRoots) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> files = Files.walk(root)) {
					files.filter(SourcePositions::isSource)
						.sorted()
						.forEach((file) -> SourceFile.read(file.toAbsolutePath().normalize()).index(classes));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read the sources under " + root, ex);
				}
			}
		}
		return new SourcePositions(classes);
	}

	/**
	 * Return positions that find no source.
	 * @return the empty positions
	 */
	public static SourcePositions none() {
		return NONE;
	}

	/**
	 * Return the positions of a script's tables.
	 * @param script the script
	 * @return one position a table whose source is found, in resource order
	 */
	public List<SourcePosition> positions(SchemaScript script) {
		List<SourcePosition> positions = new ArrayList<>();
		for (TableOrigin origin : script.origins()) {
			SourceFile file = this.classes.get(sourceName(origin.className()));
			if (file != null) {
				positions.add(new SourcePosition(origin, file.path(), file.line(origin.className(), origin.member())));
			}
		}
		return positions;
	}

	/**
	 * Return the position directives of a script's tables.
	 * @param script the script
	 * @return one directive a table whose source is found, in resource order
	 */
	public List<String> directives(SchemaScript script) {
		return positions(script).stream().map(SourcePosition::directive).toList();
	}

	/**
	 * Return the script's SQL text with its position directives in front: the block of
	 * directives, a blank line, then {@link SchemaScript#toSql()}. Without directives,
	 * just the SQL text.
	 * @param script the script
	 * @return the text
	 */
	public String toSql(SchemaScript script) {
		List<String> directives = directives(script);
		return directives.isEmpty() ? script.toSql() : String.join("\n", directives) + "\n\n" + script.toSql();
	}

	/**
	 * Return the name under which a class is indexed: nested classes as their simple name
	 * in the package of their outermost class.
	 * @param className the class's binary name
	 * @return the name it is indexed under
	 */
	private static String sourceName(String className) {
		int lastDot = className.lastIndexOf('.');
		int nested = className.lastIndexOf('$');
		return (nested > lastDot) ? className.substring(0, lastDot + 1) + className.substring(nested + 1) : className;
	}

	private static boolean isSource(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".java") || name.endsWith(".kt"));
	}

}
