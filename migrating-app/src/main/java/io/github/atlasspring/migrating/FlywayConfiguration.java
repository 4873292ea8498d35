package io.github.atlasspring.migrating;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The application's own Flyway set-up, which ignores {@code spring.flyway.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("flyway")
class FlywayConfiguration {

	@Bean
	Flyway flyway(DataSource dataSource, @Value("${app.flyway.target:latest}") String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

	@Bean
	FlywayMigrationInitializer flywayInitializer(Flyway flyway) {
		return new FlywayMigrationInitializer(flyway);
	}

}
