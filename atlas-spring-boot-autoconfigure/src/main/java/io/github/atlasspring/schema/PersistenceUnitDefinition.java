package io.github.atlasspring.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.spi.PersistenceUnitInfo;
import org.jspecify.annotations.Nullable;

/**
 * What an {@code EntityManagerFactory} was built from: the persistence unit and the
 * provider properties the container passed with it.
 *
 * @param name the name the application knows the unit by
 * @param info the persistence unit: managed classes, packages, mapping files and class
 * loader
 * @param properties the JPA and Hibernate properties, including naming strategies and the
 * bean container
 * @param database the database the unit's {@code EntityManagerFactory} runs on, as
 * Hibernate found it when it built the factory, or {@code null} if the factory has not
 * been built
 */
public record PersistenceUnitDefinition(String name, PersistenceUnitInfo info, Map<String, Object> properties,
		@Nullable SchemaTarget database) {

	public PersistenceUnitDefinition {
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * Create a definition of a unit whose factory has not been built.
	 * @param name the name the application knows the unit by
	 * @param info the persistence unit
	 * @param properties the JPA and Hibernate properties
	 */
	public PersistenceUnitDefinition(String name, PersistenceUnitInfo info, Map<String, Object> properties) {
		this(name, info, properties, null);
	}

	/**
	 * Return this definition with the database its built factory runs on.
	 * @param database the database, or {@code null} if it cannot be told
	 * @return the definition
	 */
	public PersistenceUnitDefinition runningOn(@Nullable SchemaTarget database) {
		return new PersistenceUnitDefinition(this.name, this.info, this.properties, database);
	}

}
