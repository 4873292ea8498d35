package io.github.atlasspring.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link SchemaModel} of prepared Hibernate metadata: the physical tables the
 * schema creator creates, their columns in its order with the dialect's types, and the
 * foreign keys it creates, under the condition of Hibernate's
 * {@code StandardForeignKeyExporter} (6.6 to 7.4): none on a database without
 * {@code alter table}, such as SQLite.
 */
final class SchemaModelReader {

	private static final Comparator<SchemaModel.Table> TABLE_ORDER = Comparator
		.comparing((SchemaModel.Table table) -> (table.schema() != null) ? table.schema() : "",
				Comparator.naturalOrder())
		.thenComparing(SchemaModel.Table::name);

	private static final Comparator<SchemaModel.ForeignKey> FOREIGN_KEY_ORDER = Comparator
		.comparing((SchemaModel.ForeignKey key) -> String.join(",", key.columns()))
		.thenComparing(SchemaModel.ForeignKey::referencedQualifiedName);

	private SchemaModelReader() {
	}

	/**
	 * Read the model of metadata whose columns are already in the schema creator's order.
	 * @param metadata the metadata
	 * @return the model
	 */
	static SchemaModel read(MetadataImplementor metadata) {
		boolean foreignKeysCreated = metadata.getDatabase().getDialect().hasAlterTable();
		List<SchemaModel.Table> tables = new ArrayList<>();
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			for (Table table : namespace.getTables()) {
				if (isCreated(table)) {
					tables.add(table(table, metadata, foreignKeysCreated));
				}
			}
		}
		tables.sort(TABLE_ORDER);
		return new SchemaModel(tables);
	}

	private static boolean isCreated(@Nullable Table table) {
		return table != null && table.isPhysicalTable() && !table.isView();
	}

	private static SchemaModel.Table table(Table table, MetadataImplementor metadata, boolean foreignKeysCreated) {
		Set<String> primaryKey = names(primaryKeyColumns(table));
		List<Set<String>> uniqueKeys = uniqueKeys(table);
		List<SchemaModel.Column> columns = new ArrayList<>();
		for (Column column : table.getColumns()) {
			boolean inPrimaryKey = primaryKey.contains(column.getName());
			boolean unique = !inPrimaryKey && (column.isUnique() || uniqueKeys.contains(Set.of(column.getName())));
			columns.add(new SchemaModel.Column(column.getName(), column.getSqlType(metadata),
					column.isNullable() && !inPrimaryKey, inPrimaryKey, unique));
		}
		List<SchemaModel.ForeignKey> foreignKeys = new ArrayList<>();
		for (ForeignKey foreignKey : table.getForeignKeys().values()) {
			if (foreignKeysCreated && foreignKey.isCreationEnabled() && foreignKey.isPhysicalConstraint()
					&& isCreated(foreignKey.getReferencedTable())) {
				foreignKeys.add(foreignKey(foreignKey, primaryKey, uniqueKeys));
			}
		}
		foreignKeys.sort(FOREIGN_KEY_ORDER);
		return new SchemaModel.Table(schemaOf(table), table.getName(), columns, foreignKeys);
	}

	private static SchemaModel.ForeignKey foreignKey(ForeignKey foreignKey, Set<String> primaryKey,
			List<Set<String>> uniqueKeys) {
		Table referenced = foreignKey.getReferencedTable();
		List<Column> referencedColumns = foreignKey.getReferencedColumns().isEmpty() ? primaryKeyColumns(referenced)
				: foreignKey.getReferencedColumns();
		Set<String> columns = names(foreignKey.getColumns());
		boolean singleUniqueColumn = foreignKey.getColumns().size() == 1 && foreignKey.getColumns().get(0).isUnique();
		boolean unique = singleUniqueColumn || columns.equals(primaryKey) || uniqueKeys.contains(columns);
		boolean nullable = foreignKey.getColumns().stream().anyMatch(Column::isNullable);
		return new SchemaModel.ForeignKey(foreignKey.getColumns().stream().map(Column::getName).toList(),
				schemaOf(referenced), referenced.getName(), referencedColumns.stream().map(Column::getName).toList(),
				nullable, unique, !primaryKey.isEmpty() && primaryKey.containsAll(columns));
	}

	private static List<Column> primaryKeyColumns(Table table) {
		PrimaryKey primaryKey = table.getPrimaryKey();
		return (primaryKey != null) ? primaryKey.getColumns() : List.of();
	}

	private static List<Set<String>> uniqueKeys(Table table) {
		List<Set<String>> uniqueKeys = new ArrayList<>();
		for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
			uniqueKeys.add(names(uniqueKey.getColumns()));
		}
		return uniqueKeys;
	}

	private static Set<String> names(List<Column> columns) {
		Set<String> names = new HashSet<>();
		columns.forEach((column) -> names.add(column.getName()));
		return names;
	}

	private static @Nullable String schemaOf(Table table) {
		return (table.getSchema() != null) ? table.getSchema() : table.getCatalog();
	}

}
