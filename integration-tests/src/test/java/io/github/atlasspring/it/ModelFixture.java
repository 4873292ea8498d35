package io.github.atlasspring.it;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.jpa.PersistenceUnitRecorder;
import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaScript;

/**
 * A test model running as an application whose database Hibernate's own schema creation
 * ({@code ddl-auto=create}) filled: the snapshot of that schema is kept, the database is
 * dropped, and the application stays up to print the model's DDL.
 */
final class ModelFixture implements AutoCloseable {

	static final String PERSISTENCE_UNIT = "entityManagerFactory";

	private final TestDatabase database;

	private final ConfigurableApplicationContext context;

	private final SchemaSnapshot hibernateSchema;

	private ModelFixture(TestDatabase database, ConfigurableApplicationContext context,
			SchemaSnapshot hibernateSchema) {
		this.database = database;
		this.context = context;
		this.hibernateSchema = hibernateSchema;
	}

	static ModelFixture start(TestDatabase database, ModelVariant variant) {
		try (FreshDatabase created = database.create(variant.namespaces(database))) {
			ConfigurableApplicationContext context = ModelApplication.run(variant, database, created, "create");
			try {
				closeDataSource(context);
				return new ModelFixture(database, context, SchemaSnapshot.read(created));
			}
			catch (RuntimeException ex) {
				context.close();
				throw ex;
			}
		}
	}

	private static void closeDataSource(ConfigurableApplicationContext context) {
		if (context.getBean(DataSource.class) instanceof Closeable pool) {
			try {
				pool.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Return the DDL as print mode prints it for the database.
	 * @return the script
	 */
	SchemaScript script() {
		return this.context.getBean(AtlasSchema.class)
			.persistenceUnit(PERSISTENCE_UNIT)
			.script(this.database.dialect(), this.database.version());
	}

	/**
	 * Return the persistence unit the application's {@code EntityManagerFactory} was
	 * built from.
	 * @return the unit
	 */
	PersistenceUnitDefinition persistenceUnit() {
		return this.context.getBean(PersistenceUnitRecorder.class).getUnits().get(PERSISTENCE_UNIT);
	}

	/**
	 * Return the schema that Hibernate created.
	 * @return the snapshot
	 */
	SchemaSnapshot hibernateSchema() {
		return this.hibernateSchema;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
