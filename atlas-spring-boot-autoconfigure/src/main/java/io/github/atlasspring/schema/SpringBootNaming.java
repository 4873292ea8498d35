package io.github.atlasspring.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The naming strategies Spring Boot gives every {@code EntityManagerFactory} it builds,
 * for the Spring Boot line on the class path, found by class name: the starter is built
 * against one line and serves the others, whose naming classes differ.
 * <ul>
 * <li>Spring Boot 4:
 * {@code org.springframework.boot.hibernate.SpringImplicitNamingStrategy} (in
 * {@code spring-boot-hibernate}) with Hibernate's
 * {@code PhysicalNamingStrategySnakeCaseImpl};</li>
 * <li>Spring Boot 3.5:
 * {@code org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy} (in
 * {@code spring-boot}) with Hibernate's
 * {@code CamelCaseToUnderscoresNamingStrategy}.</li>
 * </ul>
 * These mirror {@code HibernateProperties.Naming} of Spring Boot 4.0 and 3.5, which put
 * them as class names under the properties below unless the application names others.
 */
final class SpringBootNaming {

	static final String IMPLICIT_NAMING_STRATEGY = "hibernate.implicit_naming_strategy";

	static final String PHYSICAL_NAMING_STRATEGY = "hibernate.physical_naming_strategy";

	private static final List<Line> LINES = List.of(
			new Line("org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
					"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"),
			new Line("org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
					"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));

	private SpringBootNaming() {
	}

	/**
	 * Return the naming properties Spring Boot sets, for the line whose implicit naming
	 * strategy a class loader can load; Spring Boot 4 first.
	 * @param classLoader the class loader of the entities
	 * @return the properties
	 * @throws SchemaExportException if no Spring Boot line's naming strategy is there
	 */
	static Map<String, Object> properties(ClassLoader classLoader) {
		Map<String, Object> properties = properties((name) -> ClassUtils.isPresent(name, classLoader));
		if (properties == null) {
			throw SchemaExportException.invalidOption("Spring Boot's naming strategy is not on the class path: add "
					+ "the application's org.springframework.boot:spring-boot-hibernate (Spring Boot 4) or "
					+ "spring-boot (Spring Boot 3.5), or choose Hibernate's own naming (--naming=hibernate, "
					+ "EntitySchema.withNaming(Naming.HIBERNATE))");
		}
		return properties;
	}

	static @Nullable Map<String, Object> properties(Predicate<String> isPresent) {
		for (Line line : LINES) {
			if (isPresent.test(line.implicitStrategy())) {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put(IMPLICIT_NAMING_STRATEGY, line.implicitStrategy());
				properties.put(PHYSICAL_NAMING_STRATEGY, line.physicalStrategy());
				return properties;
			}
		}
		return null;
	}

	private record Line(String implicitStrategy, String physicalStrategy) {
	}

}
