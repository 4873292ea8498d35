package io.github.atlasspring.hostile;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.util.StringUtils;

/**
 * Two persistence units on two databases: Boot's primary one and {@code orders}.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	@Bean
	@Primary
	DataSource dataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().build();
	}

	@Bean
	@Primary
	LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
			DataSource dataSource) {
		return builder.dataSource(dataSource).packages("io.github.atlasspring.hostile.customers").build();
	}

	@Bean
	DataSource ordersDataSource(@Value("${hostile.orders.url}") String url,
			@Value("${hostile.orders.username}") String username,
			@Value("${hostile.orders.password:}") String password) {
		System.out.println("HOSTILE-ORDERS-DATASOURCE created for " + url);
		return DataSourceBuilder.create().url(url).username(username).password(password).build();
	}

	@Bean
	LocalContainerEntityManagerFactoryBean ordersEntityManagerFactory(
			@Qualifier("ordersDataSource") DataSource ordersDataSource,
			@Value("${hostile.orders.packages}") String packages) {
		HibernateJpaVendorAdapter vendorAdapter = new HibernateJpaVendorAdapter();
		vendorAdapter.setShowSql(true);
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setDataSource(ordersDataSource);
		factory.setJpaVendorAdapter(vendorAdapter);
		factory.setPackagesToScan(StringUtils.commaDelimitedListToStringArray(packages));
		factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "update"));
		return factory;
	}

	@Bean
	JdbcTemplate ordersJdbcTemplate(@Qualifier("ordersDataSource") DataSource ordersDataSource) {
		return new JdbcTemplate(ordersDataSource);
	}

	@Bean
	@Primary
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

}
