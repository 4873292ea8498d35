package io.github.atlasspring.actuate;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.lang.Nullable;

import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Option;

/**
 * {@link EndpointWebExtension @EndpointWebExtension} for the {@link AtlasSchemaEndpoint}:
 * serves the DDL as text for Atlas and {@code curl}, as JSON, or the unit's tables as a
 * Mermaid diagram or an HTML page that draws it, with HTTP statuses for unknown units and
 * invalid options. Errors are JSON for JSON requests and one line of text otherwise.
 * <p>
 * The bare path answers JSON for every persistence unit, as the endpoint does over JMX,
 * but the other formats only for an application with one unit: Atlas reads the SQL of one
 * unit at a time.
 */
@EndpointWebExtension(endpoint = AtlasSchemaEndpoint.class)
public class AtlasSchemaEndpointWebExtension {

	private final AtlasSchemaEndpoint endpoint;

	/**
	 * Create a web extension.
	 * @param endpoint the endpoint, must not be {@code null}
	 */
	public AtlasSchemaEndpointWebExtension(AtlasSchemaEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * Return the schema of every persistence unit as JSON, or the SQL of the
	 * application's only one.
	 * @param format the response format
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @param positions whether SQL text starts with Atlas's position directives, for the
	 * tables whose sources the application knows; {@code null} for no
	 * @return the response
	 */
	@ReadOperation(producesFrom = SchemaFormat.class)
	public WebEndpointResponse<Object> schema(SchemaFormat format, @Nullable String dialect, @Nullable String version,
			@Nullable Boolean positions) {
		List<String> names = this.endpoint.persistenceUnitNames();
		if (names.isEmpty()) {
			return error(format, WebEndpointResponse.STATUS_NOT_FOUND,
					"No JPA EntityManagerFactory has been built in this application");
		}
		if (format == SchemaFormat.JSON) {
			return respond(format, () -> this.endpoint.schemas(dialect, version));
		}
		if (names.size() > 1) {
			return error(format, WebEndpointResponse.STATUS_BAD_REQUEST, "This application has several persistence "
					+ "units (" + String.join(", ", names) + "): ask for /actuator/atlasschema/{persistenceUnit}");
		}
		return schema(names.get(0), format, dialect, version, positions);
	}

	/**
	 * Return the schema of one persistence unit.
	 * @param persistenceUnit the unit name
	 * @param format the response format
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @param positions whether SQL text starts with Atlas's position directives, for the
	 * tables whose sources the application knows; {@code null} for no
	 * @return the response
	 */
	@ReadOperation(producesFrom = SchemaFormat.class)
	public WebEndpointResponse<Object> schema(@Selector String persistenceUnit, SchemaFormat format,
			@Nullable String dialect, @Nullable String version, @Nullable Boolean positions) {
		List<String> names = this.endpoint.persistenceUnitNames();
		if (!names.contains(persistenceUnit)) {
			return error(format, WebEndpointResponse.STATUS_NOT_FOUND,
					"Unknown persistence unit '" + persistenceUnit + "': use one of " + String.join(", ", names));
		}
		return respond(format, () -> switch (format) {
			case TEXT -> this.endpoint.sql(persistenceUnit, dialect, version, Boolean.TRUE.equals(positions));
			case JSON -> this.endpoint.schema(persistenceUnit, dialect, version);
			case MERMAID -> this.endpoint.diagram(persistenceUnit, dialect, version);
			case HTML -> this.endpoint.diagramPage(persistenceUnit, dialect, version);
		});
	}

	private static WebEndpointResponse<Object> respond(SchemaFormat format, Supplier<Object> body) {
		try {
			return new WebEndpointResponse<>(body.get(), WebEndpointResponse.STATUS_OK, format.getProducedMimeType());
		}
		catch (SchemaExportException ex) {
			return error(format, statusOf(ex), ex.getMessage(AtlasSchemaEndpointWebExtension::parameterName));
		}
	}

	private static String parameterName(Option option) {
		return switch (option) {
			case DIALECT -> "?dialect=";
			case DIALECT_VERSION -> "?version=";
			case PERSISTENCE_UNIT -> "/actuator/atlasschema/{persistenceUnit}";
			case FORMAT -> "the Accept header";
		};
	}

	private static int statusOf(SchemaExportException ex) {
		return switch (ex.getReason()) {
			case INVALID_OPTION -> WebEndpointResponse.STATUS_BAD_REQUEST;
			case NO_ENTITIES -> WebEndpointResponse.STATUS_NOT_FOUND;
			case MAPPING_ERROR -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
		};
	}

	private static WebEndpointResponse<Object> error(SchemaFormat format, int status, String message) {
		if (format == SchemaFormat.JSON) {
			return new WebEndpointResponse<>(new ErrorDescriptor(message), status, format.getProducedMimeType());
		}
		return new WebEndpointResponse<>(message + "\n", status, SchemaFormat.TEXT.getProducedMimeType());
	}

	/**
	 * Why a request could not be answered.
	 *
	 * @param error the message
	 */
	public record ErrorDescriptor(String error) implements OperationResponseBody {
	}

}
