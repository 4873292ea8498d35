package io.github.atlasspring.jpa;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;

/**
 * The DDL of a running application's persistence units, for the application's own
 * database or any supported one: the same statements print mode prints and
 * {@code /actuator/atlasschema} serves. Inject it into a test to check the schema, or
 * into code of your own.
 * <p>
 * Each script is exported once per persistence unit, database and version, and then
 * served from memory (at most {@value ScriptCache#CAPACITY} scripts, the least recently
 * used dropped first). Nothing is ever asked of a database.
 */
public class AtlasSchema {

	private final Supplier<Map<String, PersistenceUnitDefinition>> units;

	private final SchemaExporter exporter;

	private final ScriptCache cache = new ScriptCache();

	/**
	 * Create an instance.
	 * @param units supplies the application's persistence units by name; must not be
	 * {@code null}
	 * @param exporter the exporter; must not be {@code null}
	 */
	public AtlasSchema(Supplier<Map<String, PersistenceUnitDefinition>> units, SchemaExporter exporter) {
		this.units = units;
		this.exporter = exporter;
	}

	/**
	 * Return the names of the persistence units, named after their
	 * {@code EntityManagerFactory} beans ({@code orders} for
	 * {@code ordersEntityManagerFactory}).
	 * @return the names, sorted
	 */
	public Set<String> persistenceUnitNames() {
		return this.units.get().keySet();
	}

	/**
	 * Return the script of the application's only persistence unit for the database the
	 * application runs on.
	 * @return the script
	 * @throws IllegalStateException if the application has no or several persistence
	 * units
	 * @throws SchemaExportException if the application's database cannot be told or the
	 * export fails
	 */
	public SchemaScript script() {
		return script(null, null);
	}

	/**
	 * Return the script of the application's only persistence unit for a database.
	 * @param dialect the database, such as {@code postgres} (the names print mode takes),
	 * or {@code null} for the application's own
	 * @param version the database version, such as {@code 16}, or {@code null} for the
	 * version the application configures, else the oldest one Hibernate supports
	 * @return the script
	 * @throws IllegalStateException if the application has no or several persistence
	 * units
	 * @throws SchemaExportException if an option is invalid or the export fails
	 */
	public SchemaScript script(@Nullable String dialect, @Nullable String version) {
		Set<String> names = persistenceUnitNames();
		if (names.size() != 1) {
			throw new IllegalStateException(names.isEmpty() ? "No JPA EntityManagerFactory has been built"
					: "This application has several persistence units (" + String.join(", ", names)
							+ "): choose one with persistenceUnit(name)");
		}
		return persistenceUnit(names.iterator().next()).script(dialect, version);
	}

	/**
	 * Return one persistence unit's schema.
	 * @param name the unit's name, one of {@link #persistenceUnitNames()}
	 * @return the unit's schema
	 * @throws IllegalArgumentException if there is no such unit
	 */
	public PersistenceUnitSchema persistenceUnit(String name) {
		PersistenceUnitDefinition unit = this.units.get().get(name);
		if (unit == null) {
			throw new IllegalArgumentException(
					"Unknown persistence unit '" + name + "': use one of " + String.join(", ", persistenceUnitNames()));
		}
		return new PersistenceUnitSchema(unit);
	}

	/**
	 * The schema of one persistence unit.
	 */
	public final class PersistenceUnitSchema {

		private final PersistenceUnitDefinition unit;

		private PersistenceUnitSchema(PersistenceUnitDefinition unit) {
			this.unit = unit;
		}

		/**
		 * Return the unit's name.
		 * @return the name
		 */
		public String name() {
			return this.unit.name();
		}

		/**
		 * Return the unit's script for the database the application runs on.
		 * @return the script
		 * @throws SchemaExportException if the database cannot be told or the export
		 * fails
		 */
		public SchemaScript script() {
			return script(null, null);
		}

		/**
		 * Return the unit's script for a database.
		 * @param dialect the database, or {@code null} for the application's own
		 * @param version the database version, or {@code null}
		 * @return the script
		 * @throws SchemaExportException if an option is invalid or the export fails
		 */
		public SchemaScript script(@Nullable String dialect, @Nullable String version) {
			return AtlasSchema.this.cache.get(this.unit.name(),
					AtlasSchema.this.exporter.target(this.unit, dialect, version),
					(target) -> AtlasSchema.this.exporter.export(this.unit, target));
		}

	}

}
