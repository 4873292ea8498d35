package io.github.atlasspring.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.spi.PersistenceUnitInfo;

/**
 * What an {@code EntityManagerFactory} was built from: the persistence unit and the
 * provider properties the container passed with it.
 *
 * @param name the name the application knows the unit by
 * @param info the persistence unit: managed classes, packages, mapping files and class
 * loader
 * @param properties the JPA and Hibernate properties, including naming strategies and the
 * bean container
 */
public record PersistenceUnitDefinition(String name, PersistenceUnitInfo info, Map<String, Object> properties) {

	public PersistenceUnitDefinition {
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

}
