package io.github.atlasspring.actuate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;

/**
 * Replaces the auto-configured exporter and data source with ones that count what they
 * do.
 */
@TestConfiguration(proxyBeanMethods = false)
class CountingConfiguration {

	@Bean
	CountingSchemaExporter countingSchemaExporter() {
		return new CountingSchemaExporter();
	}

	@Bean
	CountingDataSource dataSource() {
		CountingDataSource dataSource = new CountingDataSource();
		dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		dataSource.setUsername("sa");
		return dataSource;
	}

	/**
	 * A {@link SchemaExporter} that counts its exports by target.
	 */
	static class CountingSchemaExporter extends SchemaExporter {

		private final Map<SchemaTarget, AtomicInteger> exports = new ConcurrentHashMap<>();

		@Override
		public SchemaScript export(PersistenceUnitDefinition unit, SchemaTarget target) {
			this.exports.computeIfAbsent(target, (key) -> new AtomicInteger()).incrementAndGet();
			return super.export(unit, target);
		}

		int getExportCount(SchemaTarget target) {
			AtomicInteger count = this.exports.get(target);
			return (count != null) ? count.get() : 0;
		}

		Map<SchemaTarget, Integer> getExportCounts() {
			return this.exports.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().get()));
		}

	}

	/**
	 * A pooled data source that counts the connections it hands out.
	 */
	static class CountingDataSource extends HikariDataSource {

		private final AtomicInteger connections = new AtomicInteger();

		@Override
		public Connection getConnection() throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection(username, password);
		}

		int getConnectionCount() {
			return this.connections.get();
		}

	}

}
