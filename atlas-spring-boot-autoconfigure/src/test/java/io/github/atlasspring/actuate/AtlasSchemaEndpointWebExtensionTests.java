package io.github.atlasspring.actuate;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.atlasspring.actuate.AtlasSchemaEndpoint.AtlasSchemaDescriptor;
import io.github.atlasspring.actuate.AtlasSchemaEndpointWebExtension.ErrorDescriptor;
import io.github.atlasspring.jpa.SchemaScripts;
import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Reason;
import io.github.atlasspring.schema.SchemaScript;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link AtlasSchemaEndpointWebExtension}.
 */
class AtlasSchemaEndpointWebExtensionTests {

	private static final SchemaScript SCRIPT = new SchemaScript("orders", SchemaDialect.H2, "2.3",
			List.of("create table orders (id bigint not null, primary key (id));"));

	private final SchemaScripts scripts = mock(SchemaScripts.class);

	private final AtlasSchemaEndpointWebExtension extension = new AtlasSchemaEndpointWebExtension(
			new AtlasSchemaEndpoint(this.scripts));

	@Test
	void schemaShouldAnswerSqlText() {
		givenUnits("orders");
		given(this.scripts.script("orders", null, null)).willReturn(SCRIPT);
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.TEXT.getProducedMimeType());
		assertThat(response.getBody()).isEqualTo(SCRIPT.toSql());
	}

	@Test
	void schemaAcceptingJsonShouldAnswerDescriptor() {
		givenUnits("orders");
		given(this.scripts.script("orders", "h2", "2.3")).willReturn(SCRIPT);
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.JSON, "h2", "2.3");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.JSON.getProducedMimeType());
		assertThat(response.getBody()).isInstanceOfSatisfying(AtlasSchemaDescriptor.class,
				(descriptor) -> assertThat(descriptor.persistenceUnits().get("orders").statements())
					.isEqualTo(SCRIPT.statements()));
	}

	@Test
	void schemaWithoutPersistenceUnitsShouldAnswerNotFound() {
		givenUnits();
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getBody()).asString().contains("No JPA EntityManagerFactory");
	}

	@Test
	void schemaWithSeveralPersistenceUnitsShouldAnswerBadRequest() {
		givenUnits("orders", "customers");
		WebEndpointResponse<Object> response = this.extension.schema(SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).asString().contains("customers, orders");
	}

	@Test
	void schemaWithUnknownPersistenceUnitShouldAnswerNotFound() {
		givenUnits("orders");
		WebEndpointResponse<Object> response = this.extension.schema("customers", SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getBody()).asString().contains("'customers'").contains("orders");
	}

	@Test
	void schemaWhenOptionIsInvalidShouldAnswerBadRequest() {
		givenUnits("orders");
		given(this.scripts.script("orders", "db2", null))
			.willThrow(SchemaExportException.invalidOption("Unknown dialect 'db2'"));
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.TEXT, "db2", null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).isEqualTo("Unknown dialect 'db2'\n");
	}

	@Test
	void schemaWhenUnitMapsNoEntitiesShouldAnswerNotFound() {
		givenUnits("orders");
		given(this.scripts.script("orders", null, null))
			.willThrow(SchemaExportException.noEntities("Persistence unit 'orders' maps no entities"));
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(404);
	}

	@Test
	void schemaWhenMappingFailsShouldAnswerInternalServerErrorWithMessageOnly() {
		givenUnits("orders");
		SchemaExportException mappingError = mappingError("Hibernate cannot map 'orders'");
		given(this.scripts.script("orders", null, null)).willThrow(mappingError);
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.TEXT, null, null);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getBody()).isEqualTo("Hibernate cannot map 'orders'\n");
	}

	@Test
	void schemaAcceptingJsonWhenMappingFailsShouldAnswerErrorDescriptor() {
		givenUnits("orders");
		SchemaExportException mappingError = mappingError("Hibernate cannot map 'orders'");
		given(this.scripts.script("orders", null, null)).willThrow(mappingError);
		WebEndpointResponse<Object> response = this.extension.schema("orders", SchemaFormat.JSON, null, null);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentType()).isEqualTo(SchemaFormat.JSON.getProducedMimeType());
		assertThat(response.getBody()).isEqualTo(new ErrorDescriptor("Hibernate cannot map 'orders'"));
	}

	private void givenUnits(String... names) {
		Set<String> units = new TreeSet<>();
		Collections.addAll(units, names);
		given(this.scripts.persistenceUnitNames()).willReturn(units);
	}

	private static SchemaExportException mappingError(String message) {
		SchemaExportException ex = mock(SchemaExportException.class);
		given(ex.getReason()).willReturn(Reason.MAPPING_ERROR);
		given(ex.getMessage(any())).willReturn(message);
		return ex;
	}

}
