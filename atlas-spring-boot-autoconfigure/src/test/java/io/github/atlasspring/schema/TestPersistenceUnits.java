package io.github.atlasspring.schema;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.orm.jpa.persistenceunit.DefaultPersistenceUnitManager;

/**
 * Builds persistence units as Spring's {@code LocalContainerEntityManagerFactoryBean}
 * does, by scanning packages for entities.
 */
public final class TestPersistenceUnits {

	static final String ENTITIES = "io.github.atlasspring.schema.entities";

	static final String BROKEN = "io.github.atlasspring.schema.broken";

	static final String NO_ENTITIES = "io.github.atlasspring.schema.none";

	private TestPersistenceUnits() {
	}

	public static PersistenceUnitDefinition scan(String packageToScan) {
		return scan(packageToScan, new RefusingDataSource("jdbc:h2:mem:test"), Map.of());
	}

	public static PersistenceUnitDefinition scan(String packageToScan, DataSource dataSource,
			Map<String, Object> properties) {
		DefaultPersistenceUnitManager manager = new DefaultPersistenceUnitManager();
		manager.setPackagesToScan(packageToScan);
		manager.setDefaultDataSource(dataSource);
		manager.afterPropertiesSet();
		return new PersistenceUnitDefinition("test", manager.obtainDefaultPersistenceUnitInfo(), properties);
	}

}
