package io.github.atlasspring.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.persistenceunit.DefaultPersistenceUnitManager;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;
import io.github.atlasspring.test.blog.Blog;

/**
 * The DDL the real exporter prints for a test model, found by scanning its package as
 * Spring's {@code LocalContainerEntityManagerFactoryBean} does.
 */
final class BlogSchema {

	private static final Map<String, SchemaScript> scripts = new ConcurrentHashMap<>();

	private BlogSchema() {
	}

	static SchemaScript printedFor(String dialect, @Nullable String version) {
		return print(Blog.class.getPackageName(), dialect, version);
	}

	static SchemaScript print(String packageToScan, String dialect, @Nullable String version) {
		return scripts.computeIfAbsent(packageToScan + " " + dialect + " " + version, (key) -> {
			DefaultPersistenceUnitManager manager = new DefaultPersistenceUnitManager();
			manager.setPackagesToScan(packageToScan);
			manager.afterPropertiesSet();
			PersistenceUnitDefinition unit = new PersistenceUnitDefinition("blog",
					manager.obtainDefaultPersistenceUnitInfo(), Map.of());
			return new SchemaExporter().export(unit, SchemaTarget.of(dialect, version));
		});
	}

}
