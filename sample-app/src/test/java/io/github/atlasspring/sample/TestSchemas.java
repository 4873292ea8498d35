package io.github.atlasspring.sample;

import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.schema.SchemaModel;
import io.github.atlasspring.schema.SchemaModel.Column;
import io.github.atlasspring.schema.SchemaModel.ForeignKey;
import io.github.atlasspring.schema.SchemaModel.Table;

/**
 * Models the diagram tests draw besides the sample app's: names and types that Mermaid's
 * grammar does not take as they are, and models as large as the benchmarks'.
 */
final class TestSchemas {

	private TestSchemas() {
	}

	/**
	 * Return tables in schemas, with {@code $}, quotes, keywords, digits and non-ASCII in
	 * their names, and types with spaces, commas and quotes.
	 * @return the model
	 */
	static SchemaModel awkward() {
		Column id = new Column("id", "bigint", false, true, false);
		Table event = new Table("audit", "audit_event",
				List.of(id, new Column("occurred_at", "timestamp(6) with time zone", false, false, false),
						new Column("amount", "numeric(12,2)", true, false, false),
						new Column("role", "enum ('READER','AUTHOR')", false, false, false),
						new Column("order$line", "character varying(20)", true, false, true),
						new Column("pk", "double precision", true, false, false),
						new Column("1st", "time(6) with time zone", true, false, false),
						new Column("actor_id", "bigint", true, false, false)),
				List.of(new ForeignKey(List.of("actor_id"), "audit", "actor", List.of("id"), true, false, false)));
		Table actor = new Table("audit", "actor", List.of(id, new Column("class", "varchar(10)", false, false, true)),
				List.of());
		Table one = new Table(null, "one", List.of(id), List.of());
		Table line = new Table(null, "order$line",
				List.of(id, new Column("one_id", "bigint", true, false, true),
						new Column("note", "varchar(255) char", true, false, false)),
				List.of(new ForeignKey(List.of("one_id"), null, "one", List.of("id"), true, true, false)));
		Table quoted = new Table("sales-eu", "weird \"name\" %#<x>",
				List.of(id, new Column("größe", "nvarchar(max)", true, false, false)), List.of());
		Table shared = new Table(null, "Line_Detail", List.of(id, new Column("line_id", "bigint", false, true, false)),
				List.of(new ForeignKey(List.of("id"), null, "order$line", List.of("id"), false, true, true)));
		return new SchemaModel(List.of(shared, one, line, actor, event, quoted));
	}

	/**
	 * Return a model shaped as the benchmarks' generated applications print it for
	 * PostgreSQL: entity {@code k} has an id, six columns and a many-to-one to entity
	 * {@code k-1}.
	 * @param entities how many entities
	 * @return the model
	 */
	static SchemaModel generated(int entities) {
		List<Table> tables = new ArrayList<>();
		for (int k = 1; k <= entities; k++) {
			List<Column> columns = new ArrayList<>(List.of(new Column("active", "boolean", false, false, false),
					new Column("price", "numeric(12,2)", true, false, false),
					new Column("quantity", "integer", false, false, false),
					new Column("valid_from", "date", true, false, false),
					new Column("created_at", "timestamp(6) with time zone", false, false, false),
					new Column("id", "bigint", false, true, false)));
			List<ForeignKey> foreignKeys = new ArrayList<>();
			if (k > 1) {
				columns.add(new Column("previous_id", "bigint", true, false, false));
				foreignKeys.add(new ForeignKey(List.of("previous_id"), null, "entity_%04d".formatted(k - 1),
						List.of("id"), true, false, false));
			}
			columns.add(new Column("name", "varchar(100)", false, false, false));
			tables.add(new Table(null, "entity_%04d".formatted(k), columns, foreignKeys));
		}
		return new SchemaModel(tables);
	}

	/**
	 * Return what Mermaid's look-alikes stand for, to compare what its parser read with
	 * the model's names and types.
	 * @param text a name or type as the parser read it
	 * @return the text with its look-alikes replaced by the characters they stand for
	 */
	static String plain(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '\u2005' -> ' ';
				case '\u201A' -> ',';
				case '\u2019' -> '\'';
				case '\u201D' -> '"';
				case '\u2024' -> '.';
				case '\u2236' -> ':';
				case '\u2215' -> '/';
				case '\u2039' -> '<';
				case '\u203A' -> '>';
				case '\u2216' -> '\\';
				case '\u266F' -> '#';
				case '\u2223' -> '|';
				case '\u223C' -> '~';
				case '\u2018' -> '`';
				default -> (c >= '\uFF01' && c <= '\uFF5E') ? (char) (c - 0xFF01 + 0x21) : c;
			});
		}
		return plain.toString();
	}

}
