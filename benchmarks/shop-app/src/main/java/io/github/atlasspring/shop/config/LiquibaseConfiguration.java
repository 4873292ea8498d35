package io.github.atlasspring.shop.config;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Runs the Liquibase changelog at start-up with the application's own {@link SpringLiquibase},
 * which replaces Spring Boot's; only the {@code no-liquibase} profile switches it off.
 */
@Configuration(proxyBeanMethods = false)
public class LiquibaseConfiguration {

	@Bean
	public SpringLiquibase liquibase(DataSource dataSource, Environment environment,
			@Value("${application.liquibase.change-log:classpath:config/liquibase/master.xml}") String changeLog) {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog(changeLog);
		liquibase.setShouldRun(!environment.acceptsProfiles(Profiles.of("no-liquibase")));
		return liquibase;
	}

}
