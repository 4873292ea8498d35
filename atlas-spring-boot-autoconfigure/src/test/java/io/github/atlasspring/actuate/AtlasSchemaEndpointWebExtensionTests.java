package io.github.atlasspring.actuate;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import io.github.atlasspring.actuate.AtlasSchemaEndpoint.AtlasSchemaDescriptor;
import io.github.atlasspring.actuate.AtlasSchemaEndpointWebExtension.ErrorDescriptor;
import io.github.atlasspring.actuate.customers.Customer;
import io.github.atlasspring.actuate.orders.PurchaseOrder;
import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.TestPersistenceUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AtlasSchemaEndpointWebExtension}, on persistence units scanned from
 * real entities.
 */
class AtlasSchemaEndpointWebExtensionTests {

	private static final String BROKEN = "io.github.atlasspring.schema.broken";

	private final Map<String, PersistenceUnitDefinition> units = new TreeMap<>();

	private final AtlasSchemaEndpointWebExtension extension = new AtlasSchemaEndpointWebExtension(
			new AtlasSchemaEndpoint(new AtlasSchema(() -> this.units, new SchemaExporter())));

	@Test
	void schemaShouldAnswerSqlTextOfOnlyUnit() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, "postgres", "16", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.TEXT.getProducedMimeType());
		assertThat(response.getBody()).isEqualTo(export("orders", "postgres", "16").toSql());
	}

	@Test
	void schemaAcceptingJsonShouldDescribeEveryUnit() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		givenUnit("customers", Customer.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.JSON, "h2", "2.3", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.JSON.getProducedMimeType());
		assertThat(response.getBody()).isInstanceOfSatisfying(AtlasSchemaDescriptor.class, (descriptor) -> {
			assertThat(descriptor.persistenceUnits()).containsOnlyKeys("customers", "orders");
			assertThat(descriptor.persistenceUnits().get("orders").statements())
				.isEqualTo(export("orders", "h2", "2.3").statements());
		});
	}

	@Test
	void schemaAcceptingMermaidShouldAnswerDiagramOfOnlyUnit() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.MERMAID, "postgres", "16", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.MERMAID.getProducedMimeType());
		assertThat(response.getBody()).isEqualTo(MermaidDiagram.render(export("orders", "postgres", "16").model()));
	}

	@Test
	void schemaAcceptingHtmlShouldAnswerPageThatDrawsTheDiagram() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.HTML, "postgres", "16",
				null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.HTML.getProducedMimeType());
		assertThat(response.getBody()).asString()
			.contains("<title>Tables of persistence unit 'orders' for postgres 16.0</title>")
			.contains("mermaid.render(");
	}

	@Test
	void schemaDiagramWithSeveralPersistenceUnitsShouldAnswerBadRequestAsText() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		givenUnit("customers", Customer.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.HTML, null, null, null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.TEXT.getProducedMimeType());
		assertThat(response.getBody()).asString().contains("customers, orders");
	}

	@Test
	void schemaWithoutPersistenceUnitsShouldAnswerNotFound() {
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, null, null, null);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getBody()).asString().contains("No JPA EntityManagerFactory");
	}

	@Test
	void schemaTextWithSeveralPersistenceUnitsShouldAnswerBadRequest() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		givenUnit("customers", Customer.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, null, null, null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).asString().contains("customers, orders");
	}

	@Test
	void schemaWithUnknownPersistenceUnitShouldAnswerNotFound() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema("customers", SchemaFormat.TEXT, null, null, null);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getBody()).asString().contains("'customers'").contains("orders");
	}

	@Test
	void schemaWithInvalidDialectShouldAnswerBadRequestNamingTheParameter() {
		givenUnit("orders", PurchaseOrder.class.getPackageName());
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.TEXT, "nosuch", null, null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).asString().startsWith("Unknown dialect 'nosuch': use ?dialect= with one of");
	}

	@Test
	void schemaWhenMappingFailsShouldAnswerInternalServerErrorWithMessageOnly() {
		givenUnit("orders", BROKEN);
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.TEXT, "postgres", null,
				null);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getBody()).asString()
			.startsWith("Hibernate cannot map persistence unit 'orders': ")
			.doesNotContain("\tat ");
	}

	@Test
	void schemaAcceptingJsonWhenMappingFailsShouldAnswerErrorDescriptor() {
		givenUnit("orders", BROKEN);
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.JSON, "postgres", null,
				null);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.JSON.getProducedMimeType());
		assertThat(response.getBody()).isInstanceOfSatisfying(ErrorDescriptor.class,
				(error) -> assertThat(error.error()).startsWith("Hibernate cannot map persistence unit 'orders': "));
	}

	private void givenUnit(String name, String packageToScan) {
		PersistenceUnitDefinition scanned = TestPersistenceUnits.scan(packageToScan);
		this.units.put(name, new PersistenceUnitDefinition(name, scanned.info(), scanned.properties()));
	}

	private SchemaScript export(String unit, String dialect, String version) {
		SchemaExporter exporter = new SchemaExporter();
		PersistenceUnitDefinition definition = this.units.get(unit);
		return exporter.export(definition, exporter.target(definition, dialect, version));
	}

}
