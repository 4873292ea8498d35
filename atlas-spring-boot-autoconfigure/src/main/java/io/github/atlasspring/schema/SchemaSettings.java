package io.github.atlasspring.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaExportException.Option;

/**
 * The Hibernate settings of a schema export: the unit's own, less everything that would
 * connect, run actions or load data, plus the target database.
 */
final class SchemaSettings {

	private static final String DIALECT = "hibernate.dialect";

	private static final String PRODUCT_NAME = "jakarta.persistence.database-product-name";

	private static final String PRODUCT_VERSION = "jakarta.persistence.database-product-version";

	private static final String MAJOR_VERSION = "jakarta.persistence.database-major-version";

	private static final String MINOR_VERSION = "jakarta.persistence.database-minor-version";

	private static final List<String> DATABASE_IDENTITY = List.of(DIALECT, PRODUCT_NAME, PRODUCT_VERSION, MAJOR_VERSION,
			MINOR_VERSION, "javax.persistence.database-product-name", "javax.persistence.database-product-version",
			"javax.persistence.database-major-version", "javax.persistence.database-minor-version");

	private static final List<String> REMOVED_PREFIXES = List.of("jakarta.persistence.schema-generation",
			"javax.persistence.schema-generation", "jakarta.persistence.sql-load-script-source",
			"javax.persistence.sql-load-script-source", "jakarta.persistence.jdbc.", "javax.persistence.jdbc.",
			"jakarta.persistence.nonJtaDataSource", "jakarta.persistence.jtaDataSource",
			"javax.persistence.nonJtaDataSource", "javax.persistence.jtaDataSource", "hibernate.connection.",
			"hibernate.hbm2ddl.auto", "hibernate.hbm2ddl.database_action", "hibernate.hbm2ddl.scripts.",
			"hibernate.hbm2ddl.import_files", "hibernate.hbm2ddl.create_source", "hibernate.hbm2ddl.drop_source",
			"hibernate.hbm2ddl.create_script_source", "hibernate.hbm2ddl.drop_script_source",
			"hibernate.hbm2ddl.load_script_source", "hibernate.hbm2ddl.delimiter", "hibernate.format_sql");

	private static final Pattern LEADING_VERSION = Pattern.compile("^\\d+(\\.\\d+){0,2}");

	SchemaTarget defaultTarget(PersistenceUnitDefinition unit) {
		if (unit.database() != null) {
			return unit.database();
		}
		Map<String, Object> properties = unit.properties();
		Object dialect = properties.get(DIALECT);
		if (dialect != null) {
			SchemaDialect family = DialectFamily.of(dialect, unit.info().getClassLoader());
			if (family == null) {
				throw SchemaExportException.invalidOption(Option.DIALECT,
						"Persistence unit '" + unit.name() + "' uses dialect '" + dialect
								+ "', which has no Atlas name: set {option} to one of "
								+ SchemaDialect.supportedNames());
			}
			return new SchemaTarget(family, configuredVersion(properties));
		}
		SchemaDialect byUrl = SchemaDialect.forJdbcUrl(JdbcUrl.of(unit));
		if (byUrl == null) {
			throw SchemaExportException.invalidOption(Option.DIALECT,
					"Cannot tell which database persistence unit '" + unit.name()
							+ "' uses without connecting to it: set {option} to one of "
							+ SchemaDialect.supportedNames());
		}
		return new SchemaTarget(byUrl, configuredVersion(properties));
	}

	Map<String, Object> forExport(PersistenceUnitDefinition unit, SchemaTarget target) {
		Map<String, Object> settings = new HashMap<>(unit.properties());
		settings.keySet().removeIf((key) -> DATABASE_IDENTITY.contains(key) || isRemoved(key));
		putDatabase(settings, unit, target);
		if (target.version() != null) {
			settings.put(PRODUCT_VERSION, target.version());
			settings.put(MAJOR_VERSION, target.major());
			settings.put(MINOR_VERSION, target.minor());
		}
		settings.put("hibernate.boot.allow_jdbc_metadata_access", false);
		settings.put("hibernate.connection.datasource", NoConnectionDataSource.INSTANCE);
		settings.put("hibernate.hbm2ddl.skip_default_import_file", true);
		settings.put("hibernate.hbm2ddl.create_namespaces", true);
		settings.put("hibernate.format_sql", false);
		return settings;
	}

	/**
	 * Return the settings for the schema creator: without the database identity, so that
	 * it writes with the dialect the metadata was built for instead of building another.
	 * @param exportSettings the settings the metadata was built with
	 * @return the settings for the schema creator
	 */
	Map<String, Object> forSchemaCreator(Map<String, Object> exportSettings) {
		Map<String, Object> options = new HashMap<>(exportSettings);
		options.keySet().removeAll(DATABASE_IDENTITY);
		return options;
	}

	private static boolean isRemoved(String key) {
		return REMOVED_PREFIXES.stream().anyMatch(key::startsWith);
	}

	/**
	 * Name the target database: by the application's own dialect class when it is of that
	 * database, else by product name, so that Hibernate picks its dialect itself and has
	 * no reason to warn that a dialect need not be named.
	 * @param settings the settings to add to
	 * @param unit the persistence unit
	 * @param target the target database
	 */
	private static void putDatabase(Map<String, Object> settings, PersistenceUnitDefinition unit, SchemaTarget target) {
		Object configured = unit.properties().get(DIALECT);
		ClassLoader classLoader = unit.info().getClassLoader();
		if (configured != null && DialectFamily.of(configured, classLoader) == target.dialect()) {
			settings.put(DIALECT, configured);
			return;
		}
		if (DialectFamily.load(target.dialect().hibernateDialect(), classLoader) == null) {
			throw SchemaExportException.invalidOption(
					"Dialect '" + target.dialect().canonicalName() + "' needs " + target.dialect().hibernateDialect()
							+ " on the application's classpath: add org.hibernate.orm:hibernate-community-dialects");
		}
		settings.put(PRODUCT_NAME, target.dialect().productName());
	}

	private static @Nullable String configuredVersion(Map<String, Object> properties) {
		Object major = properties.get(MAJOR_VERSION);
		if (major != null) {
			Object minor = properties.get(MINOR_VERSION);
			return major + ((minor != null) ? "." + minor : "");
		}
		Object version = properties.get(PRODUCT_VERSION);
		if (version != null) {
			Matcher matcher = LEADING_VERSION.matcher(version.toString().trim());
			return matcher.find() ? matcher.group() : null;
		}
		return null;
	}

}
