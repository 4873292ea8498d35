package io.github.atlasspring.it;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Boots a test model as a Spring Boot application on a database.
 */
final class ModelApplication {

	/**
	 * The prefix of the settings of the tables that Hibernate creates at start-up,
	 * outside of its schema management, for multi-table mutations: left out of the
	 * comparison.
	 */
	private static final String MUTATION_STRATEGY = "spring.jpa.properties.hibernate.query.mutation_strategy.";

	private ModelApplication() {
	}

	/**
	 * Run the application of a model.
	 * @param variant the model
	 * @param database the kind of database
	 * @param target the database to run on
	 * @param ddlAuto the value of {@code spring.jpa.hibernate.ddl-auto}
	 * @return the running application
	 */
	static ConfigurableApplicationContext run(ModelVariant variant, TestDatabase database, FreshDatabase target,
			String ddlAuto) {
		String[] packages = variant.entityPackages(database).toArray(String[]::new);
		return builder(variant.sources(), packages).properties(properties(database, target, ddlAuto)).run();
	}

	/**
	 * Return an application builder for a model.
	 * @param sources the configuration classes
	 * @param packages the entity packages
	 * @return the builder
	 */
	static SpringApplicationBuilder builder(Class<?>[] sources, String[] packages) {
		return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers((context) -> EntityScanPackages.register((BeanDefinitionRegistry) context, packages));
	}

	/**
	 * Return the properties of a model's application.
	 * @param database the kind of database
	 * @param target the database to run on
	 * @param ddlAuto the value of {@code spring.jpa.hibernate.ddl-auto}
	 * @return the properties
	 */
	static Map<String, Object> properties(TestDatabase database, FreshDatabase target, String ddlAuto) {
		Map<String, Object> properties = new LinkedHashMap<>(target.dataSourceProperties());
		properties.putAll(database.applicationProperties());
		properties.put("spring.datasource.hikari.maximum-pool-size", "2");
		properties.put("spring.jpa.hibernate.ddl-auto", ddlAuto);
		properties.put("spring.jpa.properties.hibernate.hbm2ddl.create_namespaces", "true");
		properties.put("spring.jpa.open-in-view", "false");
		properties.put("spring.sql.init.mode", "never");
		properties.put("spring.data.jpa.repositories.enabled", "false");
		properties.put("spring.jmx.enabled", "false");
		properties.put(MUTATION_STRATEGY + "global_temporary.create_tables", "false");
		properties.put(MUTATION_STRATEGY + "persistent.create_tables", "false");
		properties.put("logging.level.root", "warn");
		// Hibernate's create drops first, which fails on H2 for a schema not created yet:
		// quieten that, as a statement of the creation that fails shows as a schema
		// difference anyway
		properties.put("logging.level.org.hibernate.tool.schema.internal.ExceptionHandlerLoggedImpl", "error");
		return properties;
	}

}
