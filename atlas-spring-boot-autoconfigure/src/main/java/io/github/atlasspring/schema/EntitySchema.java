package io.github.atlasspring.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.spi.PersistenceUnitInfo;
import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaExportException.Reason;

/**
 * The schema of chosen JPA entities, for script mode: a program names entity classes or
 * packages and gets the DDL that print mode prints for an application with the same
 * entities, without a Spring context and without a database. <pre class="code">
 * SchemaScript script = EntitySchema.of(User.class, Blog.class).script("postgres", "16");
 * SchemaScript all = EntitySchema.ofPackages("com.example.model").script("mysql", "8.4");
 * </pre>
 * <p>
 * The persistence unit is the one Spring Boot builds from the same entities: packages are
 * scanned for {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and
 * {@code @Converter} classes as Spring does; {@code META-INF/orm.xml} on the class path
 * is read unless mapping files are named; Spring Boot's naming strategies apply (see
 * {@link Naming#SPRING_BOOT}); Bean Validation constraints apply when a Bean Validation
 * provider is on the class path. Hibernate properties such as an application's
 * {@code spring.jpa.properties.*} are given with {@link #withProperty(String, Object)}.
 * <p>
 * Instances are immutable: each {@code with} method returns a new one, so one instance
 * can be rendered for several databases.
 */
public final class EntitySchema {

	/**
	 * The name of the persistence unit, as Spring names the unit it builds by default.
	 */
	public static final String PERSISTENCE_UNIT_NAME = "default";

	private static final String SCANNER = "hibernate.archive.scanner";

	private static final String DISABLED_SCANNER = "org.hibernate.boot.archive.scan.internal.DisabledScanner";

	private final List<Class<?>> classes;

	private final List<String> packages;

	private final @Nullable List<String> mappingFiles;

	private final Map<String, Object> properties;

	private final Naming naming;

	private final @Nullable ClassLoader classLoader;

	private EntitySchema(List<Class<?>> classes, List<String> packages, @Nullable List<String> mappingFiles,
			Map<String, Object> properties, Naming naming, @Nullable ClassLoader classLoader) {
		this.classes = List.copyOf(classes);
		this.packages = List.copyOf(packages);
		this.mappingFiles = (mappingFiles != null) ? List.copyOf(mappingFiles) : null;
		this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		this.naming = naming;
		this.classLoader = classLoader;
	}

	/**
	 * Return the schema of the given classes.
	 * @param classes entities and the embeddables, mapped superclasses and converters
	 * they use, none {@code null}
	 * @return the schema
	 */
	public static EntitySchema of(Class<?>... classes) {
		return new EntitySchema(List.of(), List.of(), null, Map.of(), Naming.SPRING_BOOT, null).withClasses(classes);
	}

	/**
	 * Return the schema of the entities in the given packages and their sub-packages.
	 * @param packages package names such as {@code com.example.model}, none {@code null}
	 * @return the schema
	 */
	public static EntitySchema ofPackages(String... packages) {
		return of().withPackages(packages);
	}

	/**
	 * Return this schema with more classes.
	 * @param classes entities and the embeddables, mapped superclasses and converters
	 * they use, none {@code null}
	 * @return a new schema
	 */
	public EntitySchema withClasses(Class<?>... classes) {
		return new EntitySchema(concat(this.classes, classes), this.packages, this.mappingFiles, this.properties,
				this.naming, this.classLoader);
	}

	/**
	 * Return this schema with more packages to scan for entities.
	 * @param packages package names, none {@code null}
	 * @return a new schema
	 */
	public EntitySchema withPackages(String... packages) {
		return new EntitySchema(this.classes, concat(this.packages, packages), this.mappingFiles, this.properties,
				this.naming, this.classLoader);
	}

	/**
	 * Return this schema with JPA mapping files, which replace the default
	 * {@code META-INF/orm.xml}. Without arguments, no mapping file is read.
	 * @param mappingFiles class path resources such as {@code META-INF/orm.xml}, none
	 * {@code null}
	 * @return a new schema
	 */
	public EntitySchema withMappingFiles(String... mappingFiles) {
		List<String> files = concat((this.mappingFiles != null) ? this.mappingFiles : List.of(), mappingFiles);
		return new EntitySchema(this.classes, this.packages, files, this.properties, this.naming, this.classLoader);
	}

	/**
	 * Return this schema with a JPA or Hibernate property, as an application sets it with
	 * {@code spring.jpa.properties.*}. Properties win over the naming strategies of
	 * {@link #withNaming(Naming)}.
	 * @param name the property name, such as
	 * {@code hibernate.type.preferred_uuid_jdbc_type}
	 * @param value its value, not {@code null}
	 * @return a new schema
	 */
	public EntitySchema withProperty(String name, Object value) {
		return withProperties(Map.of(name, value));
	}

	/**
	 * Return this schema with JPA or Hibernate properties.
	 * @param properties the properties, see {@link #withProperty(String, Object)}
	 * @return a new schema
	 */
	public EntitySchema withProperties(Map<String, ?> properties) {
		Map<String, Object> merged = new LinkedHashMap<>(this.properties);
		merged.putAll(properties);
		return new EntitySchema(this.classes, this.packages, this.mappingFiles, merged, this.naming, this.classLoader);
	}

	/**
	 * Return this schema with other naming strategies.
	 * @param naming the naming strategies, not {@code null}
	 * @return a new schema
	 */
	public EntitySchema withNaming(Naming naming) {
		return new EntitySchema(this.classes, this.packages, this.mappingFiles, this.properties, naming,
				this.classLoader);
	}

	/**
	 * Return this schema with the class loader that loads the entities, scans the
	 * packages and finds the mapping files.
	 * @param classLoader the class loader, not {@code null}
	 * @return a new schema
	 */
	public EntitySchema withClassLoader(ClassLoader classLoader) {
		return new EntitySchema(this.classes, this.packages, this.mappingFiles, this.properties, this.naming,
				classLoader);
	}

	/**
	 * Return the DDL for a database, as print mode prints it for an application with
	 * these entities.
	 * @param dialect a dialect name such as {@code postgres}, see
	 * {@link SchemaDialect#named(String)}, or {@code null} for the database the
	 * properties name ({@code hibernate.dialect}, a JDBC URL)
	 * @param version the database version such as {@code 16} or {@code 8.4}, or
	 * {@code null} for the version the properties name, else the oldest version Hibernate
	 * supports
	 * @return the DDL
	 * @throws SchemaExportException if an argument is invalid
	 * ({@link Reason#INVALID_OPTION}; {@link SchemaExportException#getOption()} tells
	 * which), no entity is found ({@link Reason#NO_ENTITIES}), or Hibernate rejects the
	 * mappings ({@link Reason#MAPPING_ERROR})
	 */
	public SchemaScript script(@Nullable String dialect, @Nullable String version) {
		if (dialect != null) {
			SchemaTarget.of(dialect, version);
		}
		PersistenceUnitDefinition unit = persistenceUnit();
		SchemaExporter exporter = new SchemaExporter();
		try {
			return exporter.export(unit, exporter.target(unit, dialect, version));
		}
		catch (SchemaExportException ex) {
			throw (ex.getReason() == Reason.NO_ENTITIES) ? noEntities() : ex;
		}
	}

	/**
	 * Return the persistence unit these entities make, for callers that drive
	 * {@link SchemaExporter} themselves.
	 * @return the persistence unit, named {@value #PERSISTENCE_UNIT_NAME}
	 * @throws SchemaExportException if a class is not a JPA managed class, a mapping file
	 * is missing, no entity is named, or the naming strategies are not on the class path
	 */
	public PersistenceUnitDefinition persistenceUnit() {
		ClassLoader loader = classLoader();
		PersistenceUnitInfo info = EntityPersistenceUnit.build(PERSISTENCE_UNIT_NAME, this.classes, this.packages,
				this.mappingFiles, loader);
		if (info.getManagedClassNames().isEmpty() && info.getMappingFileNames().isEmpty()) {
			throw noEntities();
		}
		Map<String, Object> unitProperties = new LinkedHashMap<>();
		unitProperties.put(SCANNER, DISABLED_SCANNER);
		if (!namesBothStrategies()) {
			unitProperties.putAll(this.naming.properties(loader));
		}
		unitProperties.putAll(this.properties);
		return new PersistenceUnitDefinition(PERSISTENCE_UNIT_NAME, info, unitProperties);
	}

	private boolean namesBothStrategies() {
		return this.properties.containsKey(SpringBootNaming.IMPLICIT_NAMING_STRATEGY)
				&& this.properties.containsKey(SpringBootNaming.PHYSICAL_NAMING_STRATEGY);
	}

	private ClassLoader classLoader() {
		if (this.classLoader != null) {
			return this.classLoader;
		}
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return (context != null) ? context : EntitySchema.class.getClassLoader();
	}

	private SchemaExportException noEntities() {
		List<String> searched = new ArrayList<>();
		if (!this.packages.isEmpty()) {
			searched.add("packages " + String.join(", ", this.packages));
		}
		if (!this.classes.isEmpty()) {
			searched.add("classes " + String.join(", ", this.classes.stream().map(Class::getName).toList()));
		}
		if (this.mappingFiles != null && !this.mappingFiles.isEmpty()) {
			searched.add("mapping files " + String.join(", ", this.mappingFiles));
		}
		String where = searched.isEmpty() ? "nothing was named" : "searched " + String.join("; ", searched);
		return SchemaExportException.noEntities("No JPA entity found (" + where
				+ "): name the packages that hold the @Entity classes, or the classes themselves");
	}

	@SafeVarargs
	private static <T> List<T> concat(List<T> list, T... more) {
		List<T> all = new ArrayList<>(list);
		all.addAll(Arrays.asList(more));
		return all;
	}

	/**
	 * The naming strategies that turn entity and attribute names into table and column
	 * names.
	 */
	public enum Naming {

		/**
		 * Spring Boot's, so that the DDL is the one a Spring Boot application with these
		 * entities creates: Spring Boot 4's {@code SpringImplicitNamingStrategy} (package
		 * {@code org.springframework.boot.hibernate}) with Hibernate's
		 * {@code PhysicalNamingStrategySnakeCaseImpl} when {@code spring-boot-hibernate}
		 * is on the class path, else Spring Boot 3.5's
		 * ({@code org.springframework.boot.orm.jpa.hibernate}) with Hibernate's
		 * {@code CamelCaseToUnderscoresNamingStrategy}. Neither there is an error, not a
		 * silent fallback: the names would differ from the application's.
		 */
		SPRING_BOOT {

			@Override
			Map<String, Object> properties(ClassLoader classLoader) {
				return SpringBootNaming.properties(classLoader);
			}

		},

		/**
		 * Hibernate's defaults, as in a JPA application without Spring Boot: entity and
		 * attribute names as they are ({@code firstName} stays {@code firstName}).
		 */
		HIBERNATE {

			@Override
			Map<String, Object> properties(ClassLoader classLoader) {
				return Map.of();
			}

		};

		abstract Map<String, Object> properties(ClassLoader classLoader);

	}

}
