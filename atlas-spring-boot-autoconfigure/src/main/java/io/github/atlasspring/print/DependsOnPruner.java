package io.github.atlasspring.print;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * Removes the depends-on edges that only order start-up: every edge of an
 * {@code EntityManagerFactory}, and every edge to a database initializer (Liquibase,
 * Flyway, SQL scripts, the application's own subclasses of them included).
 * <p>
 * Spring Boot makes each {@code EntityManagerFactory} depend on the database initializers
 * so that the schema is migrated before Hibernate maps it, and applications add edges of
 * their own. They are not inputs of the factory. Print mode ends start-up at the factory,
 * so a bean reached only through such an edge is never created.
 */
final class DependsOnPruner {

	private static final String DETECTOR = "org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector";

	private DependsOnPruner() {
	}

	static void prune(ConfigurableListableBeanFactory beanFactory) {
		Set<String> entityManagerFactories = names(
				beanFactory.getBeanNamesForType(AbstractEntityManagerFactoryBean.class, true, false));
		entityManagerFactories.addAll(names(beanFactory.getBeanNamesForType(EntityManagerFactory.class, true, false)));
		Set<String> initializers = databaseInitializers(beanFactory);
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
			String[] dependsOn = definition.getDependsOn();
			if (dependsOn != null) {
				definition.setDependsOn(entityManagerFactories.contains(beanName) ? new String[0] : Arrays
					.stream(dependsOn)
					.filter((dependency) -> !initializers.contains(BeanFactoryUtils.transformedBeanName(dependency)))
					.toArray(String[]::new));
			}
		}
		beanFactory.clearMetadataCache();
	}

	private static Set<String> databaseInitializers(ConfigurableListableBeanFactory beanFactory) {
		return ClassUtils.isPresent(DETECTOR, beanFactory.getBeanClassLoader())
				? names(DatabaseInitializers.detect(beanFactory)) : new HashSet<>();
	}

	private static Set<String> names(Iterable<String> beanNames) {
		Set<String> names = new HashSet<>();
		beanNames.forEach((beanName) -> names.add(BeanFactoryUtils.transformedBeanName(beanName)));
		return names;
	}

	private static Set<String> names(String[] beanNames) {
		return names(Arrays.asList(beanNames));
	}

	/**
	 * Finds database initializers as Spring Boot does, with the detectors listed in
	 * {@code spring.factories}. Loaded only when Spring Boot's SQL initialization is on
	 * the class path.
	 */
	private static final class DatabaseInitializers {

		static Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
			Set<String> beanNames = new HashSet<>();
			Environment environment = beanFactory.getBeanProvider(Environment.class)
				.getIfAvailable(StandardEnvironment::new);
			ArgumentResolver arguments = ArgumentResolver.of(Environment.class, environment);
			SpringFactoriesLoader.forDefaultResourceLocation(beanFactory.getBeanClassLoader())
				.load(DatabaseInitializerDetector.class, arguments)
				.forEach((detector) -> beanNames.addAll(detector.detect(beanFactory)));
			return beanNames;
		}

	}

}
