package io.github.atlasspring.schema;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * Renders the DDL that Hibernate's own schema creation produces for a persistence unit,
 * for any supported database, without connecting to a database and without building a
 * {@code SessionFactory}.
 * <p>
 * The Hibernate metadata is built anew for the target database from the same inputs the
 * application's {@code EntityManagerFactory} got, then prepared as a
 * {@code SessionFactory} would prepare it for {@code ddl-auto=create} (Bean Validation
 * constraints, Hibernate's column order, validation) before the schema creator writes it
 * as a script.
 */
public class SchemaExporter {

	private final SchemaSettings settings = new SchemaSettings();

	/**
	 * Return the target named by option values, where a missing dialect means the
	 * database the application itself runs on.
	 * @param unit the persistence unit
	 * @param dialect a dialect name, or {@code null} for the application's own
	 * @param version a database version, or {@code null} for the version the application
	 * configures for that database, else the oldest one Hibernate supports
	 * @return the target
	 * @throws SchemaExportException if an option is invalid or the application's database
	 * cannot be told
	 */
	public SchemaTarget target(PersistenceUnitDefinition unit, @Nullable String dialect, @Nullable String version) {
		if (dialect != null) {
			SchemaTarget named = SchemaTarget.of(dialect, version);
			return (version != null) ? named : configuredVersionOf(unit, named);
		}
		SchemaTarget own = defaultTarget(unit);
		return (version != null) ? new SchemaTarget(own.dialect(), version.trim()) : own;
	}

	private SchemaTarget configuredVersionOf(PersistenceUnitDefinition unit, SchemaTarget named) {
		try {
			SchemaTarget own = defaultTarget(unit);
			return (own.dialect() == named.dialect()) ? own : named;
		}
		catch (SchemaExportException ex) {
			return named;
		}
	}

	/**
	 * Return the database the application itself runs on, as far as it can be told
	 * without connecting: the one its built {@code EntityManagerFactory} runs on, else
	 * from {@code hibernate.dialect}, the JPA database product name, or the JDBC URL of
	 * the unit's data source.
	 * @param unit the persistence unit
	 * @return the application's own target
	 * @throws SchemaExportException if the database cannot be told
	 */
	public SchemaTarget defaultTarget(PersistenceUnitDefinition unit) {
		return this.settings.defaultTarget(unit);
	}

	/**
	 * Export the schema of a persistence unit.
	 * @param unit the persistence unit
	 * @param target the database to write the DDL for
	 * @return the DDL
	 * @throws SchemaExportException if the unit maps no entity or Hibernate rejects the
	 * mappings
	 */
	public SchemaScript export(PersistenceUnitDefinition unit, SchemaTarget target) {
		Map<String, Object> settings = this.settings.forExport(unit, target);
		try (HibernateBootstrap bootstrap = HibernateBootstrap.start(unit.info(), settings)) {
			MetadataImplementor metadata = bootstrap.metadata();
			if (metadata.getEntityBindings().isEmpty()) {
				throw SchemaExportException.noEntities("Persistence unit '" + unit.name()
						+ "' maps no entities: check @EntityScan or the packages the EntityManagerFactory scans");
			}
			Dialect dialect = metadata.getDatabase().getDialect();
			BeanValidationConstraints.apply(metadata, settings, dialect);
			metadata.orderColumns(true);
			metadata.validate();
			List<String> statements = render(metadata, this.settings.forSchemaCreator(settings));
			return new SchemaScript(unit.name(), target.dialect(), RunningDatabase.versionOf(dialect), statements,
					TableOrigins.of(metadata, settings), SchemaModelReader.read(metadata));
		}
		catch (PersistenceException ex) {
			throw SchemaExportException.mappingError(unit.name(), ex);
		}
	}

	private List<String> render(MetadataImplementor metadata, Map<String, Object> options) {
		ServiceRegistry registry = metadata.getMetadataBuildingOptions().getServiceRegistry();
		SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
		ExecutionOptions executionOptions = SchemaManagementToolCoordinator.buildExecutionOptions(options,
				HibernateBootstrap.HALT);
		StatementCollector collector = new StatementCollector();
		tool.getSchemaCreator(options)
			.doCreation(metadata, executionOptions, ContributableMatcher.ALL, new MetadataSource(), collector);
		return collector.statements;
	}

	private static final class MetadataSource implements SourceDescriptor {

		@Override
		public SourceType getSourceType() {
			return SourceType.METADATA;
		}

		@Override
		public ScriptSourceInput getScriptSourceInput() {
			return null;
		}

	}

	private static final class StatementCollector implements TargetDescriptor, ScriptTargetOutput {

		private final List<String> statements = new ArrayList<>();

		@Override
		public EnumSet<TargetType> getTargetTypes() {
			return EnumSet.of(TargetType.SCRIPT);
		}

		@Override
		public ScriptTargetOutput getScriptTargetOutput() {
			return this;
		}

		@Override
		public void prepare() {
		}

		@Override
		public void accept(String command) {
			String statement = command.strip();
			this.statements.add(statement.endsWith(";") ? statement : statement + ";");
		}

		@Override
		public void release() {
		}

	}

}
