package io.github.atlasspring.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.lang.Nullable;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SourcePosition;
import io.github.atlasspring.schema.SourcePositions;

/**
 * {@link Endpoint @Endpoint} that exposes the DDL of the application's persistence units,
 * for Atlas and for people: a thin client of {@link AtlasSchema}.
 * <p>
 * Over HTTP, {@link AtlasSchemaEndpointWebExtension} answers instead. Its operations
 * replace these only if they map the same requests, so both declare the media types of
 * {@link SchemaFormat}.
 */
@Endpoint(id = "atlasschema")
public class AtlasSchemaEndpoint {

	private final AtlasSchema schema;

	private final Supplier<SourcePositions> positions;

	/**
	 * Create an endpoint that knows no sources.
	 * @param schema the application's schema, must not be {@code null}
	 */
	public AtlasSchemaEndpoint(AtlasSchema schema) {
		this(schema, SourcePositions::none);
	}

	/**
	 * Create an endpoint.
	 * @param schema the application's schema, must not be {@code null}
	 * @param positions supplies where the entities' sources are, read on first use; must
	 * not be {@code null}
	 */
	public AtlasSchemaEndpoint(AtlasSchema schema, Supplier<SourcePositions> positions) {
		this.schema = schema;
		this.positions = positions;
	}

	/**
	 * Return the schema of every persistence unit.
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the schemas
	 * @throws SchemaExportException if an option is invalid or an export fails
	 */
	@ReadOperation(producesFrom = SchemaFormat.class)
	public AtlasSchemaDescriptor schemas(@Nullable String dialect, @Nullable String version) {
		Map<String, PersistenceUnitSchemaDescriptor> units = new LinkedHashMap<>();
		for (String name : this.schema.persistenceUnitNames()) {
			units.put(name, describe(script(name, dialect, version)));
		}
		return new AtlasSchemaDescriptor(units);
	}

	/**
	 * Return the schema of one persistence unit.
	 * @param persistenceUnit the unit name
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the schema, or {@code null} if there is no such unit
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	@ReadOperation(producesFrom = SchemaFormat.class)
	public @Nullable AtlasSchemaDescriptor schema(@Selector String persistenceUnit, @Nullable String dialect,
			@Nullable String version) {
		if (!this.schema.persistenceUnitNames().contains(persistenceUnit)) {
			return null;
		}
		return new AtlasSchemaDescriptor(Map.of(persistenceUnit, describe(script(persistenceUnit, dialect, version))));
	}

	/**
	 * Return the script of one persistence unit, as SQL text is made from it.
	 * @param persistenceUnit the unit name, one of the application's
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the script
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public SchemaScript script(String persistenceUnit, @Nullable String dialect, @Nullable String version) {
		return this.schema.persistenceUnit(persistenceUnit).script(dialect, version);
	}

	/**
	 * Return the SQL text of one persistence unit, as print mode prints it.
	 * @param persistenceUnit the unit name, one of the application's
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @param withPositions whether to write the position directives of the tables whose
	 * sources the application knows ({@code atlas.source-roots}) in front of the SQL
	 * @return the text
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public String sql(String persistenceUnit, @Nullable String dialect, @Nullable String version,
			boolean withPositions) {
		SchemaScript script = script(persistenceUnit, dialect, version);
		return withPositions ? this.positions.get().toSql(script) : script.toSql();
	}

	/**
	 * Return a Mermaid diagram of one persistence unit's tables, as print mode prints it.
	 * @param persistenceUnit the unit name, one of the application's
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the diagram's text
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public String diagram(String persistenceUnit, @Nullable String dialect, @Nullable String version) {
		return MermaidDiagram.render(script(persistenceUnit, dialect, version).model());
	}

	/**
	 * Return an HTML page that draws the diagram of one persistence unit's tables.
	 * @param persistenceUnit the unit name, one of the application's
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the page
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public String diagramPage(String persistenceUnit, @Nullable String dialect, @Nullable String version) {
		SchemaScript script = script(persistenceUnit, dialect, version);
		String title = "Tables of persistence unit '" + persistenceUnit + "' for " + script.dialect().canonicalName()
				+ " " + script.version();
		return DiagramPage.render(title, MermaidDiagram.render(script.model()));
	}

	private PersistenceUnitSchemaDescriptor describe(SchemaScript script) {
		List<PositionDescriptor> positions = this.positions.get()
			.positions(script)
			.stream()
			.map(PositionDescriptor::of)
			.toList();
		return new PersistenceUnitSchemaDescriptor(script.dialect().canonicalName(), script.version(),
				script.statements(), script.seedStatements(), positions);
	}

	/**
	 * Return the names of the application's persistence units.
	 * @return the names, sorted
	 */
	public List<String> persistenceUnitNames() {
		return List.copyOf(this.schema.persistenceUnitNames());
	}

	/**
	 * The schemas of an application's persistence units.
	 *
	 * @param persistenceUnits the schemas by unit name
	 */
	public record AtlasSchemaDescriptor(
			Map<String, PersistenceUnitSchemaDescriptor> persistenceUnits) implements OperationResponseBody {
	}

	/**
	 * The schema of one persistence unit.
	 *
	 * @param dialect the database the statements are written for
	 * @param version the database version they are written for
	 * @param statements the DDL statements in creation order
	 * @param seedStatements the statements among them that insert rows a migration must
	 * add itself
	 * @param positions where the tables are declared, for the tables whose sources the
	 * application knows ({@code atlas.source-roots}); empty otherwise
	 */
	public record PersistenceUnitSchemaDescriptor(String dialect, String version, List<String> statements,
			List<String> seedStatements, List<PositionDescriptor> positions) {

	}

	/**
	 * Where a table is declared.
	 *
	 * @param resource the table as Atlas names it, such as {@code users[type=table]}
	 * @param path the absolute path of the source file
	 * @param line the line, from 1
	 */
	public record PositionDescriptor(String resource, String path, int line) {

		static PositionDescriptor of(SourcePosition position) {
			return new PositionDescriptor(position.origin().resource(), position.path().toString(), position.line());
		}

	}

}
