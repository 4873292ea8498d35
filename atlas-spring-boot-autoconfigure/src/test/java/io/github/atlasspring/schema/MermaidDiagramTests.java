package io.github.atlasspring.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.SchemaModel.Column;
import io.github.atlasspring.schema.SchemaModel.ForeignKey;
import io.github.atlasspring.schema.SchemaModel.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MermaidDiagram}.
 */
class MermaidDiagramTests {

	private static final Column ID = new Column("id", "bigint", false, true, false);

	@Test
	void rendersEntityWithTypesKeysAndNullability() {
		Table users = new Table(null, "users", List.of(ID, new Column("email", "varchar(254)", false, false, true),
				new Column("city", "varchar(100)", true, false, false)), List.of());
		assertThat(MermaidDiagram.render(new SchemaModel(List.of(users)))).isEqualTo("""
				erDiagram
				    users {
				        bigint id PK "not null"
				        varchar(254) email UK "not null"
				        varchar(100) city
				    }
				""");
	}

	@Test
	void rendersRequiredManyToOneFromReferencedTable() {
		assertThat(relationship(new ForeignKey(List.of("user_id"), null, "users", List.of("id"), false, false, false)))
			.isEqualTo("    users ||..o{ blog : \"user_id\"");
	}

	@Test
	void rendersOptionalManyToOneAsZeroOrOne() {
		assertThat(relationship(new ForeignKey(List.of("user_id"), null, "users", List.of("id"), true, false, false)))
			.isEqualTo("    users |o..o{ blog : \"user_id\"");
	}

	@Test
	void rendersUniqueForeignKeyAsOneToOne() {
		assertThat(relationship(new ForeignKey(List.of("user_id"), null, "users", List.of("id"), false, true, false)))
			.isEqualTo("    users ||..o| blog : \"user_id\"");
	}

	@Test
	void rendersForeignKeyInPrimaryKeyAsIdentifying() {
		assertThat(
				relationship(new ForeignKey(List.of("a", "b"), null, "users", List.of("a", "b"), false, false, true)))
			.isEqualTo("    users ||--o{ blog : \"a, b\"");
	}

	@Test
	void marksForeignKeyColumns() {
		Table blog = new Table(null, "blog", List.of(ID, new Column("user_id", "bigint", false, false, false)),
				List.of(new ForeignKey(List.of("user_id"), null, "users", List.of("id"), false, false, false)));
		assertThat(MermaidDiagram.render(new SchemaModel(List.of(blog)))).contains("bigint user_id FK \"not null\"\n");
	}

	@Test
	void quotesSchemaQualifiedNames() {
		Table event = new Table("audit", "audit_event", List.of(ID),
				List.of(new ForeignKey(List.of("id"), "audit", "actor", List.of("id"), false, true, true)));
		assertThat(MermaidDiagram.render(new SchemaModel(List.of(event)))).contains("    \"audit.audit_event\" {\n")
			.contains("    \"audit.actor\" ||--o| \"audit.audit_event\" : \"id\"\n");
	}

	@Test
	void quotesNamesTheGrammarReadsAsKeywords() {
		assertThat(MermaidSyntax.entityName("one")).isEqualTo("\"one\"");
		assertThat(MermaidSyntax.entityName("Class")).isEqualTo("\"Class\"");
		assertThat(MermaidSyntax.entityName("one_off")).isEqualTo("one_off");
	}

	@Test
	void writesCharactersQuotedNamesCannotHoldAsLookAlikes() {
		assertThat(MermaidSyntax.entityName("a\"b%c\\d#e<f>g h$i"))
			.isEqualTo("\"a\u201Db％c\u2216d\u266Fe\u2039f\u203Ag h$i\"");
	}

	@Test
	void writesTypesWithSpacesAndCommasReadably() {
		assertThat(MermaidSyntax.word("timestamp(6) with time zone"))
			.isEqualTo("timestamp(6)\u2005with\u2005time\u2005zone");
		assertThat(MermaidSyntax.word("numeric(12,2)")).isEqualTo("numeric(12\u201A2)");
		assertThat(MermaidSyntax.word("enum ('A','B')")).isEqualTo("enum\u2005(\u2019A\u2019\u201A\u2019B\u2019)");
	}

	@Test
	void writesWordsStartingWithDigitOrKeyAsLookAlikes() {
		assertThat(MermaidSyntax.word("1st")).isEqualTo("１st");
		assertThat(MermaidSyntax.word("pk")).isEqualTo("ｐk");
		assertThat(MermaidSyntax.word("FK-x")).isEqualTo("ＦK-x");
		assertThat(MermaidSyntax.word("pk_id")).isEqualTo("pk_id");
		assertThat(MermaidSyntax.word("order$line")).isEqualTo("order＄line");
	}

	@Test
	void rendersEmptyModelAsEmptyDiagram() {
		assertThat(MermaidDiagram.render(SchemaModel.EMPTY)).isEqualTo("erDiagram\n");
	}

	@Test
	void rendersSampleOfExportedModelTheSameEveryTime() {
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan("io.github.atlasspring.schema.diagram");
		SchemaExporter exporter = new SchemaExporter();
		SchemaModel model = exporter.export(unit, exporter.target(unit, "postgres", null)).model();
		assertThat(MermaidDiagram.render(model)).isEqualTo(MermaidDiagram.render(model)).isEqualTo("""
				erDiagram
				    Badge {
				        bigint id PK "not null"
				        timestamp(6)\u2005with\u2005time\u2005zone issuedAt
				    }
				    Clerk {
				        bigint badge_id FK, UK "not null"
				        bigint id PK "not null"
				        bigint shop_id FK
				    }
				    ClerkProfile {
				        numeric(12\u201A2) salary
				        bigint clerk_id PK, FK "not null"
				    }
				    "sales.shop" {
				        bigint id PK "not null"
				        varchar(20) code UK "not null"
				    }

				    Badge ||..o| Clerk : "badge_id"
				    "sales.shop" |o..o{ Clerk : "shop_id"
				    Clerk ||--o| ClerkProfile : "clerk_id"
				""");
	}

	private static String relationship(ForeignKey foreignKey) {
		Table blog = new Table(null, "blog", List.of(ID), List.of(foreignKey));
		List<String> lines = MermaidDiagram.render(new SchemaModel(List.of(blog))).lines().toList();
		return lines.get(lines.size() - 1);
	}

}
