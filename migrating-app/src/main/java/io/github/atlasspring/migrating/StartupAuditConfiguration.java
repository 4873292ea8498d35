package io.github.atlasspring.migrating;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * Records each start-up in the database before JPA starts, by making the
 * {@code EntityManagerFactory} depend on the recording bean.
 */
@Configuration(proxyBeanMethods = false)
@Profile("startup-audit")
@Import(StartupAuditConfiguration.EntityManagerFactoryAfterAudit.class)
class StartupAuditConfiguration {

	@Bean
	StartupAudit startupAudit(DataSource dataSource) {
		return new StartupAudit(dataSource);
	}

	static class StartupAudit {

		private final DataSource dataSource;

		StartupAudit(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		@PostConstruct
		void recordStartup() throws SQLException {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				statement.executeUpdate("insert into startup_event (id, started_at) "
						+ "values (nextval('startup_event_seq'), current_timestamp)");
			}
		}

	}

	static class EntityManagerFactoryAfterAudit extends EntityManagerFactoryDependsOnPostProcessor {

		EntityManagerFactoryAfterAudit() {
			super("startupAudit");
		}

	}

}
