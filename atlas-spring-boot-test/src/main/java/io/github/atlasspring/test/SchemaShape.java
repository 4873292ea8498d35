package io.github.atlasspring.test;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a schema that a drift check compares, each named and described as text so
 * that two schemas compare entry by entry. Names are in lower case; generated constraint
 * and index names are left out.
 *
 * @param tables the tables by name
 * @param sequences each sequence's increment by sequence name
 */
record SchemaShape(Map<String, TableShape> tables, Map<String, String> sequences) {

	/**
	 * The parts of a table that a drift check compares.
	 *
	 * @param columns each column's type and nullability by column name
	 * @param primaryKey the primary key's columns such as {@code (id)}, or {@code null}
	 * @param foreignKeys what each foreign key references, by its columns
	 * @param indexes whether each index is unique, by its columns
	 */
	record TableShape(Map<String, String> columns, @Nullable String primaryKey, Map<String, String> foreignKeys,
			Map<String, String> indexes) {

	}

}
