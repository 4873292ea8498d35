package io.github.atlasspring.schema;

import java.util.HashSet;
import java.util.Set;

/**
 * Renders a {@link SchemaModel} as a Mermaid {@code erDiagram}: one entity a table, named
 * with its schema ({@code audit.audit_event}), with its columns' types, names, keys
 * ({@code PK}, {@code FK}, {@code UK} for a column unique by itself) and
 * {@code "not null"}; then one relationship a foreign key, from the referenced table to
 * the referencing one.
 * <p>
 * A relationship's cardinality comes from its foreign key: the referenced side is exactly
 * one ({@code ||}), or zero or one ({@code |o}) when a referencing column accepts null;
 * the referencing side is zero or more (<code>o&#123;</code>), or zero or one
 * ({@code o|}) when the foreign key's columns are unique, a one-to-one. The line is solid
 * ({@code --}, identifying) when the foreign key is part of the referencing table's
 * primary key, dashed ({@code ..}) otherwise. Its label names the foreign key's columns.
 * <p>
 * The text is the same for the same model: tables in the model's order, columns in the
 * DDL's, relationships by table, then by column. Names and types are written as the
 * grammar accepts them (see {@link MermaidSyntax}).
 */
public final class MermaidDiagram {

	private static final String ENTITY_INDENT = "    ";

	private static final String ATTRIBUTE_INDENT = "        ";

	private MermaidDiagram() {
	}

	/**
	 * Render a model.
	 * @param model the model, must not be {@code null}
	 * @return the diagram's text, lines ending with a line feed
	 */
	public static String render(SchemaModel model) {
		StringBuilder text = new StringBuilder("erDiagram\n");
		for (SchemaModel.Table table : model.tables()) {
			appendEntity(text, table);
		}
		boolean first = true;
		for (SchemaModel.Table table : model.tables()) {
			for (SchemaModel.ForeignKey foreignKey : table.foreignKeys()) {
				if (first) {
					text.append('\n');
					first = false;
				}
				appendRelationship(text, table, foreignKey);
			}
		}
		return text.toString();
	}

	private static void appendEntity(StringBuilder text, SchemaModel.Table table) {
		text.append(ENTITY_INDENT).append(MermaidSyntax.entityName(table.qualifiedName()));
		if (table.columns().isEmpty()) {
			text.append('\n');
			return;
		}
		text.append(" {\n");
		Set<String> foreignKeyColumns = new HashSet<>();
		table.foreignKeys().forEach((foreignKey) -> foreignKeyColumns.addAll(foreignKey.columns()));
		for (SchemaModel.Column column : table.columns()) {
			text.append(ATTRIBUTE_INDENT)
				.append(MermaidSyntax.word(column.type()))
				.append(' ')
				.append(MermaidSyntax.word(column.name()));
			String keys = keys(column, foreignKeyColumns.contains(column.name()));
			if (!keys.isEmpty()) {
				text.append(' ').append(keys);
			}
			if (!column.nullable()) {
				text.append(" \"not null\"");
			}
			text.append('\n');
		}
		text.append(ENTITY_INDENT).append("}\n");
	}

	private static String keys(SchemaModel.Column column, boolean foreignKey) {
		StringBuilder keys = new StringBuilder();
		appendKey(keys, column.primaryKey(), "PK");
		appendKey(keys, foreignKey, "FK");
		appendKey(keys, column.unique(), "UK");
		return keys.toString();
	}

	private static void appendKey(StringBuilder keys, boolean present, String key) {
		if (present) {
			keys.append(keys.isEmpty() ? "" : ", ").append(key);
		}
	}

	private static void appendRelationship(StringBuilder text, SchemaModel.Table table,
			SchemaModel.ForeignKey foreignKey) {
		text.append(ENTITY_INDENT)
			.append(MermaidSyntax.entityName(foreignKey.referencedQualifiedName()))
			.append(' ')
			.append(foreignKey.nullable() ? "|o" : "||")
			.append(foreignKey.identifying() ? "--" : "..")
			.append(foreignKey.unique() ? "o|" : "o{")
			.append(' ')
			.append(MermaidSyntax.entityName(table.qualifiedName()))
			.append(" : ")
			.append(MermaidSyntax.quoted(String.join(", ", foreignKey.columns())))
			.append('\n');
	}

}
