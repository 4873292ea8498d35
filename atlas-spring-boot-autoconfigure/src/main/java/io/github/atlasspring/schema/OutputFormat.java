package io.github.atlasspring.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.atlasspring.schema.SchemaExportException.Option;

/**
 * What print mode and script mode write for a script: its DDL, a Mermaid diagram of its
 * tables, or the JSON document {@code /actuator/atlasschema} answers for its unit.
 */
public enum OutputFormat {

	/**
	 * The DDL, with the position directives in front: what Atlas reads.
	 */
	SQL,

	/**
	 * A Mermaid {@code erDiagram} of the tables (see {@link MermaidDiagram}).
	 */
	MERMAID,

	/**
	 * The endpoint's JSON document for the unit (see {@link SchemaJson}).
	 */
	JSON;

	/**
	 * Return the format a name stands for, in any case.
	 * @param name the name: {@code sql}, {@code mermaid} or {@code json}
	 * @return the format
	 * @throws SchemaExportException if the name is none of them
	 */
	public static OutputFormat named(String name) {
		String normalized = name.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((format) -> format.name().equals(normalized))
			.findFirst()
			.orElseThrow(() -> SchemaExportException.invalidOption(Option.FORMAT,
					"Unknown format '" + name + "': set {option} to " + names()));
	}

	private static String names() {
		String names = Arrays.stream(values())
			.map((format) -> format.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		return names.substring(0, names.lastIndexOf(", ")) + " or " + names.substring(names.lastIndexOf(", ") + 2);
	}

	/**
	 * Write a script in this format.
	 * @param script the script
	 * @param positions supplies where the tables are declared, asked only by the formats
	 * that show it
	 * @return the text, ending with a line feed
	 */
	public String render(SchemaScript script, Supplier<SourcePositions> positions) {
		return switch (this) {
			case SQL -> positions.get().toSql(script);
			case MERMAID -> MermaidDiagram.render(script.model());
			case JSON -> SchemaJson.render(script, positions.get()) + "\n";
		};
	}

}
