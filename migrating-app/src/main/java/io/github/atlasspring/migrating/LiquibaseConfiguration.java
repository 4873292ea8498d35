package io.github.atlasspring.migrating;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The application's own Liquibase set-up, which ignores {@code spring.liquibase.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("liquibase")
class LiquibaseConfiguration {

	@Bean
	SpringLiquibase liquibase(DataSource dataSource, @Value("${app.liquibase.labels:}") String labels) {
		BackgroundLiquibase liquibase = new BackgroundLiquibase(new SimpleAsyncTaskExecutor("liquibase-"));
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog("classpath:db/changelog/changelog.sql");
		liquibase.setLabelFilter(labels.isEmpty() ? null : labels);
		return liquibase;
	}

}
