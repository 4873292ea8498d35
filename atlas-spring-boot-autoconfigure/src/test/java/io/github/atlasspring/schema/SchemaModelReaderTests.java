package io.github.atlasspring.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.SchemaModel.Column;
import io.github.atlasspring.schema.SchemaModel.ForeignKey;
import io.github.atlasspring.schema.SchemaModel.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaModelReader}, through the exports it is read in.
 */
class SchemaModelReaderTests {

	private static final String DIAGRAM = "io.github.atlasspring.schema.diagram";

	private final SchemaExporter exporter = new SchemaExporter();

	@Test
	void readsTablesOfDefaultSchemaFirstThenByName() {
		assertThat(model("postgres").tables()).extracting(Table::qualifiedName)
			.containsExactly("Badge", "Clerk", "ClerkProfile", "sales.shop");
	}

	@Test
	void readsColumnsInDdlOrderWithDialectTypes() {
		SchemaScript script = export("postgres");
		Table badge = table(script.model(), "Badge");
		assertThat(badge.columns()).containsExactly(new Column("id", "bigint", false, true, false),
				new Column("issuedAt", "timestamp(6) with time zone", true, false, false));
		assertThat(script.statements()).contains(
				"create table Badge (id bigint not null, issuedAt timestamp(6) with time zone, primary key (id));");
	}

	@Test
	void readsTypesOfTargetDialectAsItsDdlWritesThem() {
		SchemaScript script = export("mssql");
		assertThat(table(script.model(), "Badge").columns()).extracting(Column::type)
			.containsExactly("bigint", "datetimeoffset(7)");
		assertThat(script.statements()).anyMatch((statement) -> statement.startsWith("create table Badge ")
				&& statement.contains("issuedAt datetimeoffset(7),"));
	}

	@Test
	void readsUniqueColumn() {
		assertThat(table(model("postgres"), "sales.shop").columns())
			.contains(new Column("code", "varchar(20)", false, false, true));
	}

	@Test
	void readsOptionalManyToOneAsNullableForeignKey() {
		assertThat(table(model("postgres"), "Clerk").foreignKeys())
			.contains(new ForeignKey(List.of("shop_id"), "sales", "shop", List.of("id"), true, false, false));
	}

	@Test
	void readsRequiredOneToOneAsUniqueForeignKey() {
		assertThat(table(model("postgres"), "Clerk").foreignKeys())
			.contains(new ForeignKey(List.of("badge_id"), null, "Badge", List.of("id"), false, true, false));
	}

	@Test
	void readsSharedPrimaryKeyAsIdentifyingOneToOne() {
		assertThat(table(model("postgres"), "ClerkProfile").foreignKeys())
			.containsExactly(new ForeignKey(List.of("clerk_id"), null, "Clerk", List.of("id"), false, true, true));
	}

	@Test
	void readsNoForeignKeysWhereHibernateCreatesNone() {
		SchemaScript script = export("sqlite");
		assertThat(script.model().tables()).allSatisfy((table) -> assertThat(table.foreignKeys()).isEmpty());
		assertThat(script.statements()).noneMatch((statement) -> statement.contains("foreign key"));
	}

	@Test
	void readsSameModelOnEveryExport() {
		assertThat(model("postgres")).isEqualTo(model("postgres"));
	}

	private SchemaModel model(String dialect) {
		return export(dialect).model();
	}

	private SchemaScript export(String dialect) {
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan(DIAGRAM);
		return this.exporter.export(unit, this.exporter.target(unit, dialect, null));
	}

	private static Table table(SchemaModel model, String qualifiedName) {
		return model.tables()
			.stream()
			.filter((table) -> table.qualifiedName().equals(qualifiedName))
			.findFirst()
			.orElseThrow();
	}

}
