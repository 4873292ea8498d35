package io.github.atlasspring.test;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.test.SchemaShape.TableShape;

/**
 * Reads the tables of one namespace from JDBC {@link DatabaseMetaData}: columns, primary
 * keys, foreign keys and indexes, named by their columns rather than by their generated
 * names. Indexes that stand for another object are left out: a primary key's own index,
 * and, where the database indexes foreign keys by itself, an index on exactly a foreign
 * key's columns (a unique index and a unique constraint are one thing here).
 */
final class CatalogReader {

	private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

	private final DatabaseMetaData metaData;

	private final Predicate<String> ignoredTable;

	private final boolean foreignKeysIndexed;

	CatalogReader(DatabaseMetaData metaData, Predicate<String> ignoredTable, boolean foreignKeysIndexed) {
		this.metaData = metaData;
		this.ignoredTable = ignoredTable;
		this.foreignKeysIndexed = foreignKeysIndexed;
	}

	Map<String, TableShape> read(Namespace namespace) throws SQLException {
		Map<String, Map<String, String>> columns = readColumns(namespace);
		Map<String, TableShape> tables = new TreeMap<>();
		for (String table : readTables(namespace)) {
			String primaryKey = readPrimaryKey(namespace, table);
			Map<String, String> foreignKeys = readForeignKeys(namespace, table);
			Map<String, String> indexes = readIndexes(namespace, table, primaryKey, foreignKeys.keySet());
			tables.put(lower(table),
					new TableShape(columns.getOrDefault(lower(table), Map.of()), primaryKey, foreignKeys, indexes));
		}
		return tables;
	}

	private List<String> readTables(Namespace namespace) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = this.metaData.getTables(namespace.catalog(), namespace.schemaPattern(this.metaData), "%",
				null)) {
			while (rows.next()) {
				String name = rows.getString("TABLE_NAME");
				if (TABLE_TYPES.contains(rows.getString("TABLE_TYPE")) && !this.ignoredTable.test(lower(name))) {
					tables.add(name);
				}
			}
		}
		return tables;
	}

	private Map<String, Map<String, String>> readColumns(Namespace namespace) throws SQLException {
		Map<String, Map<String, String>> columns = new HashMap<>();
		try (ResultSet rows = this.metaData.getColumns(namespace.catalog(), namespace.schemaPattern(this.metaData), "%",
				"%")) {
			while (rows.next()) {
				columns.computeIfAbsent(lower(rows.getString("TABLE_NAME")), (table) -> new TreeMap<>())
					.put(lower(rows.getString("COLUMN_NAME")), ColumnDescription.of(rows));
			}
		}
		return columns;
	}

	private @Nullable String readPrimaryKey(Namespace namespace, String table) throws SQLException {
		SortedMap<Integer, String> columns = new TreeMap<>();
		try (ResultSet rows = this.metaData.getPrimaryKeys(namespace.catalog(), namespace.schema(), table)) {
			while (rows.next()) {
				columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
			}
		}
		return columns.isEmpty() ? null : list(columns.values());
	}

	private Map<String, String> readForeignKeys(Namespace namespace, String table) throws SQLException {
		Map<String, ForeignKey> keys = new HashMap<>();
		try (ResultSet rows = this.metaData.getImportedKeys(namespace.catalog(), namespace.schema(), table)) {
			while (rows.next()) {
				String name = rows.getString("FK_NAME") + "/" + rows.getString("PKTABLE_NAME");
				keys.computeIfAbsent(name, (key) -> new ForeignKey()).add(rows);
			}
		}
		Map<String, String> foreignKeys = new TreeMap<>();
		keys.values().forEach((key) -> foreignKeys.merge(key.columns(), key.reference(), CatalogReader::joinSorted));
		return foreignKeys;
	}

	private Map<String, String> readIndexes(Namespace namespace, String table, @Nullable String primaryKey,
			Set<String> foreignKeys) throws SQLException {
		Map<String, SortedMap<Integer, String>> columnsByIndex = new HashMap<>();
		Set<String> unique = new TreeSet<>();
		try (ResultSet rows = this.metaData.getIndexInfo(namespace.catalog(), namespace.schema(), table, false, true)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
					continue;
				}
				String order = "D".equals(rows.getString("ASC_OR_DESC")) ? " desc" : "";
				columnsByIndex.computeIfAbsent(name, (key) -> new TreeMap<>())
					.put(rows.getInt("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")) + order);
				if (!rows.getBoolean("NON_UNIQUE")) {
					unique.add(name);
				}
			}
		}
		Map<String, String> indexes = new TreeMap<>();
		columnsByIndex.forEach((name, columns) -> {
			String key = list(columns.values());
			boolean isUnique = unique.contains(name);
			boolean standsForKey = isUnique ? key.equals(primaryKey)
					: this.foreignKeysIndexed && foreignKeys.contains(key);
			if (!standsForKey) {
				indexes.merge(key, isUnique ? "a unique index" : "an index", CatalogReader::joinSorted);
			}
		});
		return indexes;
	}

	static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	static String list(Iterable<String> names) {
		return "(" + String.join(", ", names) + ")";
	}

	private static String joinSorted(String first, String second) {
		return (first.equals(second)) ? first : String.join(" and ", new TreeSet<>(List.of(first, second)));
	}

	/**
	 * The rows of one foreign key, in any order.
	 */
	private static final class ForeignKey {

		private final SortedMap<Integer, String> columns = new TreeMap<>();

		private final SortedMap<Integer, String> referencedColumns = new TreeMap<>();

		private String referencedTable = "";

		private String rules = "";

		void add(ResultSet row) throws SQLException {
			int position = row.getInt("KEY_SEQ");
			this.columns.put(position, lower(row.getString("FKCOLUMN_NAME")));
			this.referencedColumns.put(position, lower(row.getString("PKCOLUMN_NAME")));
			this.referencedTable = lower(row.getString("PKTABLE_NAME"));
			this.rules = rule("update", row.getInt("UPDATE_RULE")) + rule("delete", row.getInt("DELETE_RULE"));
		}

		String columns() {
			return list(this.columns.values());
		}

		String reference() {
			return "a reference to " + this.referencedTable + list(this.referencedColumns.values()) + this.rules;
		}

		/**
		 * Describe a rule other than the default, which databases report as
		 * {@code no action} or {@code restrict} alike.
		 * @param event the event the rule is for, {@code delete} or {@code update}
		 * @param rule the rule, as {@link java.sql.DatabaseMetaData} reports it
		 * @return the clause, empty for the default
		 */
		private static String rule(String event, int rule) {
			return switch (rule) {
				case DatabaseMetaData.importedKeyCascade -> " on " + event + " cascade";
				case DatabaseMetaData.importedKeySetNull -> " on " + event + " set null";
				case DatabaseMetaData.importedKeySetDefault -> " on " + event + " set default";
				default -> "";
			};
		}

	}

}
