package io.github.atlasspring.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One Java or Kotlin source file, read line by line to find where its classes and their
 * members are declared. Best effort by design: it reads declarations, not the language.
 */
final class SourceFile {

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");

	private static final Pattern TYPE = Pattern
		.compile("\\b(?:class|interface|enum|record|object)\\s+([A-Za-z_$][\\w$]*)");

	private final Path path;

	private final List<String> lines;

	private SourceFile(Path path, List<String> lines) {
		this.path = path;
		this.lines = lines;
	}

	static SourceFile read(Path path) {
		try {
			return new SourceFile(path, Files.readAllLines(path, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	Path path() {
		return this.path;
	}

	/**
	 * Add the classes this file declares, by package and simple name, keeping classes
	 * already indexed from another file.
	 * @param classes the index, by package and simple name
	 */
	void index(Map<String, SourceFile> classes) {
		String packageName = "";
		for (String line : this.lines) {
			Matcher packageMatch = PACKAGE.matcher(line);
			if (packageName.isEmpty() && packageMatch.find()) {
				packageName = packageMatch.group(1) + ".";
			}
			if (!isComment(line)) {
				Matcher type = TYPE.matcher(line);
				while (type.find()) {
					classes.putIfAbsent(packageName + type.group(1), this);
				}
			}
		}
	}

	/**
	 * Return the line that declares a member of a class, else the class itself.
	 * @param className the class
	 * @param member the field or property, or {@code null} for the class
	 * @return the line number, from 1
	 */
	int line(String className, @Nullable String member) {
		int classLine = classLine(simpleName(className));
		if (member != null) {
			Pattern declaration = Pattern.compile("\\b(?:va[lr]\\s+" + Pattern.quote(member) + "\\b|"
					+ Pattern.quote(member) + "\\s*[;=,)]|get" + Pattern.quote(capitalize(member)) + "\\s*\\()");
			for (int i = classLine; i < this.lines.size(); i++) {
				if (!isComment(this.lines.get(i)) && declaration.matcher(this.lines.get(i)).find()) {
					return i + 1;
				}
			}
		}
		return classLine;
	}

	private int classLine(String simpleName) {
		Pattern declaration = Pattern
			.compile("\\b(?:class|interface|enum|record|object)\\s+" + Pattern.quote(simpleName) + "\\b");
		for (int i = 0; i < this.lines.size(); i++) {
			if (!isComment(this.lines.get(i)) && declaration.matcher(this.lines.get(i)).find()) {
				return i + 1;
			}
		}
		return 1;
	}

	private static String simpleName(String className) {
		String name = className.substring(className.lastIndexOf('.') + 1);
		return name.substring(name.lastIndexOf('$') + 1);
	}

	private static String capitalize(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static boolean isComment(String line) {
		String trimmed = line.stripLeading();
		return trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*");
	}

}
