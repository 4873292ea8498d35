package io.github.atlasspring.migrating;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Tells Hibernate the database version by asking the database, a bean the
 * {@code EntityManagerFactory} is built from.
 */
@Configuration(proxyBeanMethods = false)
@Profile("connecting-input")
class DatabaseVersionConfiguration {

	@Bean
	HibernatePropertiesCustomizer databaseVersionCustomizer(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String version = metaData.getDatabaseMajorVersion() + "." + metaData.getDatabaseMinorVersion();
			return (properties) -> properties.put("jakarta.persistence.database-product-version", version);
		}
	}

}
