package io.github.atlasspring.jpa;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;
import org.jspecify.annotations.Nullable;

/**
 * The schema scripts of a running application's persistence units. Each script is
 * exported once per target database and then served from memory.
 */
public class SchemaScripts {

	private final Supplier<Map<String, PersistenceUnitDefinition>> units;

	private final SchemaExporter exporter;

	private final Map<CacheKey, SchemaScript> cache = new ConcurrentHashMap<>();

	/**
	 * Create an instance.
	 * @param units supplies the persistence units by name
	 * @param exporter the exporter
	 */
	public SchemaScripts(Supplier<Map<String, PersistenceUnitDefinition>> units, SchemaExporter exporter) {
		this.units = units;
		this.exporter = exporter;
	}

	/**
	 * Return the names of the persistence units.
	 * @return the names, sorted
	 */
	public Set<String> persistenceUnitNames() {
		return this.units.get().keySet();
	}

	/**
	 * Return the script of a persistence unit.
	 * @param persistenceUnit the unit name
	 * @param dialect the target dialect name, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @return the script, or {@code null} if there is no such unit
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public @Nullable SchemaScript script(String persistenceUnit, @Nullable String dialect, @Nullable String version) {
		PersistenceUnitDefinition unit = this.units.get().get(persistenceUnit);
		if (unit == null) {
			return null;
		}
		SchemaTarget target = this.exporter.target(unit, dialect, version);
		return this.cache.computeIfAbsent(new CacheKey(persistenceUnit, target),
				(key) -> this.exporter.export(unit, target));
	}

	private record CacheKey(String persistenceUnit, SchemaTarget target) {
	}

}
