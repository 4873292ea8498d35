package io.github.atlasspring.schema;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The tables of a script as its DDL creates them: each table's columns with the target
 * database's types, its primary key, unique columns and foreign keys. Read from the same
 * Hibernate metadata as the statements, in one export, so that a picture of the schema
 * and its DDL never disagree.
 *
 * @param tables the tables, sorted by schema (the default one first) and name
 */
public record SchemaModel(List<Table> tables) {

	/**
	 * A model without tables, for scripts whose tables are unknown.
	 */
	public static final SchemaModel EMPTY = new SchemaModel(List.of());

	public SchemaModel {
		tables = List.copyOf(tables);
	}

	/**
	 * A table.
	 *
	 * @param schema the table's schema (catalog on MySQL and MariaDB), or {@code null}
	 * for the default one
	 * @param name the table's name
	 * @param columns the columns, in the order the DDL creates them
	 * @param foreignKeys the foreign keys, sorted by their columns
	 */
	public record Table(@Nullable String schema, String name, List<Column> columns, List<ForeignKey> foreignKeys) {

		public Table {
			Objects.requireNonNull(name, "name must not be null");
			columns = List.copyOf(columns);
			foreignKeys = List.copyOf(foreignKeys);
		}

		/**
		 * Return the table's name qualified by its schema, as {@code audit.audit_event}.
		 * @return the qualified name, or the bare name in the default schema
		 */
		public String qualifiedName() {
			return (this.schema != null) ? this.schema + "." + this.name : this.name;
		}

	}

	/**
	 * A column.
	 *
	 * @param name the column's name
	 * @param type the target database's SQL type, as the DDL writes it, such as
	 * {@code varchar(255)} or {@code timestamp(6) with time zone}
	 * @param nullable whether the column accepts null
	 * @param primaryKey whether the column is part of the primary key
	 * @param unique whether the column alone is unique: a unique column or a unique key
	 * of this column only
	 */
	public record Column(String name, String type, boolean nullable, boolean primaryKey, boolean unique) {

		public Column {
			Objects.requireNonNull(name, "name must not be null");
			Objects.requireNonNull(type, "type must not be null");
		}

	}

	/**
	 * A foreign key the DDL creates.
	 *
	 * @param columns the referencing columns of the owning table
	 * @param referencedSchema the referenced table's schema, or {@code null} for the
	 * default one
	 * @param referencedTable the referenced table's name
	 * @param referencedColumns the referenced columns, in the order of {@code columns}
	 * @param nullable whether a referencing column accepts null, so that a row may
	 * reference nothing
	 * @param unique whether the referencing columns are unique together (a unique key or
	 * the primary key), so that at most one row references a row: one-to-one
	 * @param identifying whether the referencing columns are part of the owning table's
	 * primary key
	 */
	public record ForeignKey(List<String> columns, @Nullable String referencedSchema, String referencedTable,
			List<String> referencedColumns, boolean nullable, boolean unique, boolean identifying) {

		public ForeignKey {
			columns = List.copyOf(columns);
			Objects.requireNonNull(referencedTable, "referencedTable must not be null");
			referencedColumns = List.copyOf(referencedColumns);
		}

		/**
		 * Return the referenced table's name qualified by its schema.
		 * @return the qualified name, or the bare name in the default schema
		 */
		public String referencedQualifiedName() {
			return (this.referencedSchema != null) ? this.referencedSchema + "." + this.referencedTable
					: this.referencedTable;
		}

	}

}
