package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.extract.spi.ExtractionContext;
import org.hibernate.tool.schema.extract.spi.SequenceInformation;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sequences of one namespace as Hibernate's own schema validation does: with
 * the sequence query and extractor of the Hibernate dialect that Hibernate picks for the
 * connected database's name and version, since JDBC metadata does not show sequences the
 * same way on every database. MariaDB's query lists the current database only, so a
 * namespace is read while it is the connection's current one.
 */
final class SequenceReader implements AutoCloseable {

	private final StandardServiceRegistry registry;

	private final JdbcEnvironment environment;

	SequenceReader(DatabaseMetaData metaData) throws SQLException {
		this.registry = new StandardServiceRegistryBuilder()
			.applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, metaData.getDatabaseProductName())
			.applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_VERSION, metaData.getDatabaseProductVersion())
			.applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, metaData.getDatabaseMajorVersion())
			.applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, metaData.getDatabaseMinorVersion())
			.applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
			.build();
		this.environment = this.registry.requireService(JdbcEnvironment.class);
	}

	/**
	 * Return each sequence's increment by sequence name.
	 * @param connection a connection whose current namespace is the one to read
	 * @param namespace the namespace
	 * @param ignored which sequence names, in lower case, to leave out
	 * @return the increments, such as {@code increment by 50}
	 */
	Map<String, String> read(Connection connection, Namespace namespace, Predicate<String> ignored)
			throws SQLException {
		Map<String, String> sequences = new TreeMap<>();
		Iterable<SequenceInformation> found = this.environment.getDialect()
			.getSequenceInformationExtractor()
			.extractMetadata(new ConnectionExtractionContext(connection));
		for (SequenceInformation sequence : found) {
			String name = CatalogReader.lower(sequence.getSequenceName().getSequenceName().getText());
			if (namespace.contains(text(sequence.getSequenceName().getSchemaName())) && !ignored.test(name)) {
				sequences.put(name, "increment by " + sequence.getIncrementValue());
			}
		}
		return sequences;
	}

	@Override
	public void close() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

	private static @Nullable String text(@Nullable Identifier identifier) {
		return (identifier != null) ? identifier.getText() : null;
	}

	/**
	 * What a sequence extractor needs to run its query on one connection.
	 */
	private final class ConnectionExtractionContext implements ExtractionContext {

		private final Connection connection;

		ConnectionExtractionContext(Connection connection) {
			this.connection = connection;
		}

		@Override
		public ServiceRegistry getServiceRegistry() {
			return SequenceReader.this.registry;
		}

		@Override
		public JdbcEnvironment getJdbcEnvironment() {
			return SequenceReader.this.environment;
		}

		@Override
		public SqlStringGenerationContext getSqlStringGenerationContext() {
			throw new UnsupportedOperationException("Reading sequences renders no SQL");
		}

		@Override
		public Connection getJdbcConnection() {
			return this.connection;
		}

		@Override
		public DatabaseMetaData getJdbcDatabaseMetaData() {
			try {
				return this.connection.getMetaData();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot read the database's metadata", ex);
			}
		}

		@Override
		public @Nullable Identifier getDefaultCatalog() {
			return null;
		}

		@Override
		public @Nullable Identifier getDefaultSchema() {
			return null;
		}

		@Override
		public DatabaseObjectAccess getDatabaseObjectAccess() {
			throw new UnsupportedOperationException("Reading sequences looks up no table");
		}

		@Override
		public void cleanup() {
		}

	}

}
