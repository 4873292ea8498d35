package io.github.atlasspring.schema;

import java.util.List;

/**
 * Writes the JSON document {@code /actuator/atlasschema/{persistenceUnit}} answers, for
 * programs that have no JSON library at hand, such as print mode: <pre class="code">
 * {"persistenceUnits":{"NAME":{"dialect":"postgres","version":"16.0","statements":[...],
 * "seedStatements":[...],"positions":[{"resource":"...","path":"...","line":12}]}}}
 * </pre> Compact, with members in that order and strings escaped as the actuator's
 * Jackson escapes them.
 */
public final class SchemaJson {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private SchemaJson() {
	}

	/**
	 * Write a script's document.
	 * @param script the script, must not be {@code null}
	 * @param positions where its tables are declared, must not be {@code null}
	 * @return the document, without a final line feed
	 */
	public static String render(SchemaScript script, SourcePositions positions) {
		StringBuilder json = new StringBuilder("{\"persistenceUnits\":{");
		string(json, script.persistenceUnit()).append(":{\"dialect\":");
		string(json, script.dialect().canonicalName()).append(",\"version\":");
		string(json, script.version()).append(",\"statements\":");
		strings(json, script.statements()).append(",\"seedStatements\":");
		strings(json, script.seedStatements()).append(",\"positions\":[");
		List<SourcePosition> all = positions.positions(script);
		for (int i = 0; i < all.size(); i++) {
			SourcePosition position = all.get(i);
			json.append((i > 0) ? ",{\"resource\":" : "{\"resource\":");
			string(json, position.origin().resource()).append(",\"path\":");
			string(json, position.path().toString()).append(",\"line\":").append(position.line()).append('}');
		}
		return json.append("]}}}").toString();
	}

	private static StringBuilder strings(StringBuilder json, List<String> values) {
		json.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			string(json, values.get(i));
		}
		return json.append(']');
	}

	private static StringBuilder string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}

}
