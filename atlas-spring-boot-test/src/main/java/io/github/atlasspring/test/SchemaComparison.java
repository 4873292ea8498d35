package io.github.atlasspring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.test.SchemaShape.TableShape;

/**
 * Compares the schema the migrations made with the schema the entities expect, one line
 * per difference that says what each side has: {@code column blog.keywords: migrations
 * give varchar(255) null, entities expect varchar(500) not null}. A table that only one
 * side has is one line, without its columns and keys.
 */
final class SchemaComparison {

	private final List<String> lines = new ArrayList<>();

	private SchemaComparison() {
	}

	/**
	 * Return the differences between two schemas.
	 * @param migrated the schema the migrations made
	 * @param expected the schema the printed DDL creates
	 * @return one line per difference, sorted
	 */
	static List<String> differences(SchemaShape migrated, SchemaShape expected) {
		SchemaComparison comparison = new SchemaComparison();
		comparison.compareTables(migrated.tables(), expected.tables());
		comparison.compareEach("sequence ", migrated.sequences(), expected.sequences());
		return comparison.lines.stream().sorted().toList();
	}

	private void compareTables(Map<String, TableShape> migrated, Map<String, TableShape> expected) {
		forEachKey(migrated, expected, (name, migratedTable, expectedTable) -> {
			if (migratedTable != null && expectedTable != null) {
				compareTable(name, migratedTable, expectedTable);
			}
			else {
				compare("table " + name, (migratedTable != null) ? "it" : null, (expectedTable != null) ? "it" : null);
			}
		});
	}

	private void compareTable(String table, TableShape migrated, TableShape expected) {
		compareEach("column " + table + ".", migrated.columns(), expected.columns());
		compare("primary key " + table, migrated.primaryKey(), expected.primaryKey());
		compareEach("foreign key " + table, migrated.foreignKeys(), expected.foreignKeys());
		compareEach("index " + table, migrated.indexes(), expected.indexes());
	}

	private void compareEach(String prefix, Map<String, String> migrated, Map<String, String> expected) {
		forEachKey(migrated, expected,
				(key, migratedValue, expectedValue) -> compare(prefix + key, migratedValue, expectedValue));
	}

	private void compare(String subject, @Nullable String migrated, @Nullable String expected) {
		if (migrated == null && expected != null) {
			this.lines.add(subject + ": entities expect " + expected + ", migrations do not create it");
		}
		else if (migrated != null && expected == null) {
			this.lines.add(subject + ": migrations create " + migrated + ", entities do not map it");
		}
		else if (migrated != null && !migrated.equals(expected)) {
			this.lines.add(subject + ": migrations give " + migrated + ", entities expect " + expected);
		}
	}

	private static <V> void forEachKey(Map<String, V> migrated, Map<String, V> expected, PairAction<V> action) {
		Set<String> keys = new TreeSet<>(migrated.keySet());
		keys.addAll(expected.keySet());
		for (String key : keys) {
			action.accept(key, migrated.get(key), expected.get(key));
		}
	}

	/**
	 * What to do with the two sides' values of one key, either of which may be missing.
	 */
	@FunctionalInterface
	private interface PairAction<V> {

		void accept(String key, @Nullable V migrated, @Nullable V expected);

	}

}
