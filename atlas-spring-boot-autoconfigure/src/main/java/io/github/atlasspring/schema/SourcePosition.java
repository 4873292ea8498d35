package io.github.atlasspring.schema;

import java.nio.file.Path;

/**
 * Where a table is declared in the application's sources.
 *
 * @param origin the table and the class and member it comes from
 * @param path the absolute path of the source file
 * @param line the line, from 1
 */
public record SourcePosition(TableOrigin origin, Path path, int line) {

	/**
	 * Return the position as Atlas's directive:
	 * {@code -- atlas:pos users[type=table] /abs/path/User.java:12}.
	 * @return the directive
	 */
	public String directive() {
		return "-- atlas:pos " + this.origin.resource() + " " + this.path + ":" + this.line;
	}

}
