package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The schema of a database as its catalog tells it: tables, columns, primary keys,
 * foreign keys and indexes from JDBC metadata, and whatever the database's
 * {@link CatalogReader catalog readers} add, such as check constraints and sequences.
 * Each object is a sorted line of text named by kind, namespace label, table and name, so
 * that two databases compare object by object.
 */
final class SchemaSnapshot {

	private final SortedMap<String, String> objects;

	private SchemaSnapshot(SortedMap<String, String> objects) {
		this.objects = objects;
	}

	/**
	 * Read the schema of a database.
	 * @param database the database
	 * @return the snapshot
	 */
	static SchemaSnapshot read(FreshDatabase database) {
		Builder builder = new Builder(database.namespaces());
		try (Connection connection = database.connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (Namespace namespace : database.namespaces()) {
				new MetaDataReader(metaData, namespace, builder).read();
			}
			for (CatalogReader reader : database.catalogReaders()) {
				reader.read(connection, builder);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed to read the schema of " + database, ex);
		}
		return new SchemaSnapshot(builder.objects);
	}

	/**
	 * Return the number of tables.
	 * @return the number of tables
	 */
	long tableCount() {
		return this.objects.keySet().stream().filter((key) -> key.startsWith("table ")).count();
	}

	/**
	 * Return how this snapshot differs from another, one line for each object that is
	 * missing, extra or described differently.
	 * @param expected the snapshot to compare with
	 * @return the differences, sorted by object
	 */
	List<String> differencesFrom(SchemaSnapshot expected) {
		Set<String> keys = new TreeSet<>(this.objects.keySet());
		keys.addAll(expected.objects.keySet());
		List<String> differences = new ArrayList<>();
		for (String key : keys) {
			String actualObject = this.objects.get(key);
			String expectedObject = expected.objects.get(key);
			if (actualObject == null) {
				differences.add(key + ": missing, expected [" + expectedObject + "]");
			}
			else if (expectedObject == null) {
				differences.add(key + ": unexpected [" + actualObject + "]");
			}
			else if (!actualObject.equals(expectedObject)) {
				differences.add(key + ": was [" + actualObject + "] but expected [" + expectedObject + "]");
			}
		}
		return differences;
	}

	@Override
	public String toString() {
		return this.objects.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("\n"));
	}

	private static String comment(String remarks) {
		return (remarks != null && !remarks.isEmpty()) ? "comment '" + remarks + "'" : null;
	}

	private static String join(String... parts) {
		StringBuilder text = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				text.append((text.length() > 0) ? " " : "").append(part);
			}
		}
		return text.toString();
	}

	/**
	 * Collects the objects of a snapshot under stable names.
	 */
	static final class Builder {

		private final List<Namespace> namespaces;

		private final SortedMap<String, String> objects = new TreeMap<>();

		private Builder(List<Namespace> namespaces) {
			this.namespaces = namespaces;
		}

		/**
		 * Add an object, unless it lies outside the database's namespaces.
		 * @param kind the kind, such as {@code column}
		 * @param namespace the name of its namespace as the catalog tells it
		 * @param table its table, or {@code null}
		 * @param name its name
		 * @param description what it is, as text
		 */
		void add(String kind, String namespace, String table, String name, String description) {
			String label = label(namespace);
			if (label == null) {
				return;
			}
			String key = kind + " " + label + "." + ((table != null) ? table + "." : "") + name;
			String previous = this.objects.putIfAbsent(key, description);
			if (previous != null && !previous.equals(description)) {
				this.objects.put(key, previous + " | " + description);
			}
		}

		String label(String namespace) {
			if (namespace == null || namespace.isEmpty()) {
				return (this.namespaces.size() == 1) ? this.namespaces.get(0).label() : null;
			}
			return this.namespaces.stream()
				.filter((candidate) -> candidate.isNamed(namespace))
				.map(Namespace::label)
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * Reads the objects of one namespace from JDBC metadata.
	 */
	private static final class MetaDataReader {

		private final DatabaseMetaData metaData;

		private final Namespace namespace;

		private final Builder builder;

		MetaDataReader(DatabaseMetaData metaData, Namespace namespace, Builder builder) {
			this.metaData = metaData;
			this.namespace = namespace;
			this.builder = builder;
		}

		void read() throws SQLException {
			Set<String> tables = readTables();
			readColumns(tables);
			for (String table : tables) {
				readPrimaryKey(table);
				readForeignKeys(table);
				readIndexes(table);
			}
		}

		private Set<String> readTables() throws SQLException {
			Set<String> tables = new TreeSet<>();
			try (ResultSet rows = this.metaData.getTables(this.namespace.catalog(), schemaPattern(), "%", null)) {
				while (rows.next()) {
					String type = rows.getString("TABLE_TYPE");
					if (type == null || type.contains("INDEX") || type.startsWith("SYSTEM")) {
						continue;
					}
					String name = rows.getString("TABLE_NAME");
					boolean table = type.endsWith("TABLE");
					if (table) {
						tables.add(name);
					}
					add(table ? "table" : type.toLowerCase(Locale.ROOT), null, name,
							join(type, comment(rows.getString("REMARKS"))));
				}
			}
			return tables;
		}

		private void readColumns(Set<String> tables) throws SQLException {
			try (ResultSet rows = this.metaData.getColumns(this.namespace.catalog(), schemaPattern(), "%", "%")) {
				Row row = new Row(rows);
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME");
					if (tables.contains(table)) {
						add("column", table, rows.getString("COLUMN_NAME"), describeColumn(row));
					}
				}
			}
		}

		private static String describeColumn(Row row) throws SQLException {
			String size = row.get("COLUMN_SIZE");
			String digits = row.get("DECIMAL_DIGITS");
			String precision = (digits != null) ? size + "," + digits : size;
			String type = row.get("TYPE_NAME") + ((size != null) ? "(" + precision + ")" : "");
			return join("#" + row.get("ORDINAL_POSITION"), type, "0".equals(row.get("NULLABLE")) ? "not null" : "null",
					(row.get("COLUMN_DEF") != null) ? "default " + row.get("COLUMN_DEF") : null,
					"YES".equals(row.get("IS_AUTOINCREMENT")) ? "auto increment" : null,
					"YES".equals(row.get("IS_GENERATEDCOLUMN")) ? "generated" : null, comment(row.get("REMARKS")));
		}

		private void readPrimaryKey(String table) throws SQLException {
			SortedMap<Integer, String> columns = new TreeMap<>();
			String name = null;
			try (ResultSet rows = this.metaData.getPrimaryKeys(this.namespace.catalog(), this.namespace.schema(),
					table)) {
				while (rows.next()) {
					columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
					name = rows.getString("PK_NAME");
				}
			}
			if (!columns.isEmpty()) {
				add("primary key", null, table, join(name, columns.values().toString()));
			}
		}

		private void readForeignKeys(String table) throws SQLException {
			Map<String, List<String>> keys = new TreeMap<>();
			try (ResultSet rows = this.metaData.getImportedKeys(this.namespace.catalog(), this.namespace.schema(),
					table)) {
				while (rows.next()) {
					String name = Objects.requireNonNullElse(rows.getString("FK_NAME"), "");
					String referenced = this.builder.label(Objects.requireNonNullElse(rows.getString("PKTABLE_SCHEM"),
							Objects.requireNonNullElse(rows.getString("PKTABLE_CAT"), "")));
					keys.computeIfAbsent(name, (key) -> new ArrayList<>())
						.add(rows.getString("KEY_SEQ") + ":" + rows.getString("FKCOLUMN_NAME") + " -> " + referenced
								+ "." + rows.getString("PKTABLE_NAME") + "." + rows.getString("PKCOLUMN_NAME")
								+ " on update " + rows.getString("UPDATE_RULE") + " on delete "
								+ rows.getString("DELETE_RULE"));
				}
			}
			keys.forEach((name, columns) -> add("foreign key", table, name.isEmpty() ? columns.toString() : name,
					columns.stream().sorted().toList().toString()));
		}

		private void readIndexes(String table) throws SQLException {
			Map<String, SortedMap<Integer, String>> indexes = new TreeMap<>();
			Set<String> unique = new HashSet<>();
			try (ResultSet rows = this.metaData.getIndexInfo(this.namespace.catalog(), this.namespace.schema(), table,
					false, true)) {
				while (rows.next()) {
					String name = rows.getString("INDEX_NAME");
					if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
						continue;
					}
					String order = rows.getString("ASC_OR_DESC");
					indexes.computeIfAbsent(name, (key) -> new TreeMap<>())
						.put(rows.getInt("ORDINAL_POSITION"),
								rows.getString("COLUMN_NAME") + ("D".equals(order) ? " desc" : ""));
					if (!rows.getBoolean("NON_UNIQUE")) {
						unique.add(name);
					}
				}
			}
			indexes.forEach((name, columns) -> add("index", table, name,
					join(unique.contains(name) ? "unique" : null, columns.values().toString())));
		}

		private void add(String kind, String table, String name, String description) {
			this.builder.objects.put(
					kind + " " + this.namespace.label() + "." + ((table != null) ? table + "." : "") + name,
					description);
		}

		private String schemaPattern() throws SQLException {
			String schema = this.namespace.schema();
			if (schema == null) {
				return null;
			}
			String escape = this.metaData.getSearchStringEscape();
			return schema.replace("_", escape + "_").replace("%", escape + "%");
		}

	}

	/**
	 * A row of a metadata result set whose columns may be missing on some drivers.
	 */
	private static final class Row {

		private final ResultSet rows;

		private final Set<String> labels = new HashSet<>();

		Row(ResultSet rows) throws SQLException {
			this.rows = rows;
			ResultSetMetaData metaData = rows.getMetaData();
			for (int column = 1; column <= metaData.getColumnCount(); column++) {
				this.labels.add(metaData.getColumnLabel(column).toUpperCase(Locale.ROOT));
			}
		}

		String get(String label) throws SQLException {
			return this.labels.contains(label) ? this.rows.getString(label) : null;
		}

	}

}
