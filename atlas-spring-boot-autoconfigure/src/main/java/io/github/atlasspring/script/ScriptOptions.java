package io.github.atlasspring.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.schema.EntitySchema.Naming;
import io.github.atlasspring.schema.OutputFormat;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Option;
import io.github.atlasspring.schema.SourcePositions;

/**
 * The command-line options of script mode, each written {@code --name=value}. Lists are
 * comma separated and add up when an option is repeated.
 */
final class ScriptOptions {

	static final String DIALECT = "--dialect";

	static final String DIALECT_VERSION = "--dialect-version";

	static final String PACKAGES = "--packages";

	static final String CLASSES = "--classes";

	static final String MAPPING_FILES = "--mapping-files";

	static final String PROPERTY = "--property";

	static final String NAMING = "--naming";

	static final String SOURCE_ROOTS = "--source-roots";

	static final String SOURCE_POSITIONS = "--source-positions";

	static final String FORMAT = "--format";

	private static final List<String> DEFAULT_SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");

	private static final List<String> TARGET_OPTIONS = List.of(DIALECT, DIALECT_VERSION, SOURCE_ROOTS, SOURCE_POSITIONS,
			FORMAT);

	private static final List<String> ALL_OPTIONS = List.of(DIALECT, DIALECT_VERSION, PACKAGES, CLASSES, MAPPING_FILES,
			PROPERTY, NAMING, SOURCE_ROOTS, SOURCE_POSITIONS, FORMAT);

	private @Nullable String dialect;

	private @Nullable String version;

	private final List<String> packages = new ArrayList<>();

	private final List<String> classes = new ArrayList<>();

	private @Nullable List<String> mappingFiles;

	private final Map<String, String> properties = new LinkedHashMap<>();

	private Naming naming = Naming.SPRING_BOOT;

	private @Nullable List<String> sourceRoots;

	private boolean sourcePositions = true;

	private OutputFormat format = OutputFormat.SQL;

	private ScriptOptions() {
	}

	/**
	 * Parse the options of a command that reads its entities from the options.
	 * @param args the command-line arguments
	 * @return the options
	 * @throws SchemaExportException if an option is unknown or malformed
	 */
	static ScriptOptions forEntitiesAndTarget(String[] args) {
		return parse(args, ALL_OPTIONS);
	}

	/**
	 * Parse the options of a program that chooses its entities itself: only the target
	 * database.
	 * @param args the command-line arguments
	 * @return the options
	 * @throws SchemaExportException if an option is unknown or malformed
	 */
	static ScriptOptions forTarget(String[] args) {
		return parse(args, TARGET_OPTIONS);
	}

	private static ScriptOptions parse(String[] args, List<String> accepted) {
		ScriptOptions options = new ScriptOptions();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			String name = (equals > 0) ? arg.substring(0, equals) : arg;
			if (!accepted.contains(name)) {
				throw SchemaExportException.invalidOption("Unknown option '" + arg + "': use "
						+ String.join(", ", accepted.stream().map((option) -> option + "=...").toList()));
			}
			if (equals < 0) {
				throw SchemaExportException.invalidOption("Option " + name + " needs a value: write " + name + "=...");
			}
			options.set(name, arg.substring(equals + 1).trim());
		}
		return options;
	}

	private void set(String name, String value) {
		switch (name) {
			case DIALECT -> this.dialect = value;
			case DIALECT_VERSION -> this.version = value;
			case PACKAGES -> this.packages.addAll(list(value));
			case CLASSES -> this.classes.addAll(list(value));
			case MAPPING_FILES -> this.mappingFiles = concat(this.mappingFiles, list(value));
			case PROPERTY -> setProperty(value);
			case NAMING -> this.naming = naming(value);
			case SOURCE_ROOTS -> this.sourceRoots = concat(this.sourceRoots, list(value));
			case SOURCE_POSITIONS -> this.sourcePositions = bool(SOURCE_POSITIONS, value);
			case FORMAT -> this.format = OutputFormat.named(value);
			default -> throw new IllegalArgumentException(name);
		}
	}

	private void setProperty(String value) {
		int equals = value.indexOf('=');
		if (equals <= 0) {
			throw SchemaExportException.invalidOption("Invalid " + PROPERTY + " '" + value + "': write " + PROPERTY
					+ "=name=value, such as " + PROPERTY + "=hibernate.type.preferred_uuid_jdbc_type=CHAR");
		}
		this.properties.put(value.substring(0, equals).trim(), value.substring(equals + 1).trim());
	}

	private static boolean bool(String name, String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw SchemaExportException
				.invalidOption("Invalid " + name + " '" + value + "': write " + name + "=true or " + name + "=false");
		};
	}

	private static Naming naming(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "spring-boot" -> Naming.SPRING_BOOT;
			case "hibernate" -> Naming.HIBERNATE;
			default -> throw SchemaExportException.invalidOption(
					"Unknown naming '" + value + "': use " + NAMING + "=spring-boot or " + NAMING + "=hibernate");
		};
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

	private static List<String> concat(@Nullable List<String> list, List<String> more) {
		List<String> all = new ArrayList<>((list != null) ? list : List.of());
		all.addAll(more);
		return all;
	}

	/**
	 * Return the entities the options name.
	 * @param classLoader the class loader of the entities
	 * @return the entities
	 * @throws SchemaExportException if no entity is named or a class cannot be loaded
	 */
	EntitySchema entities(ClassLoader classLoader) {
		if (this.packages.isEmpty() && this.classes.isEmpty() && this.mappingFiles == null) {
			throw SchemaExportException.invalidOption("No entities named: set " + PACKAGES
					+ " to the packages of the @Entity classes, or " + CLASSES + " to the classes");
		}
		EntitySchema entities = EntitySchema.of(loadClasses(classLoader))
			.withPackages(this.packages.toArray(String[]::new))
			.withProperties(this.properties)
			.withNaming(this.naming)
			.withClassLoader(classLoader);
		return (this.mappingFiles != null) ? entities.withMappingFiles(this.mappingFiles.toArray(String[]::new))
				: entities;
	}

	private Class<?>[] loadClasses(ClassLoader classLoader) {
		List<Class<?>> loaded = new ArrayList<>();
		for (String name : this.classes) {
			try {
				loaded.add(Class.forName(name, false, classLoader));
			}
			catch (ClassNotFoundException ex) {
				throw SchemaExportException.invalidOption("Class " + name + " of " + CLASSES
						+ " is not on the class path: check its name and the class path (-cp)");
			}
			catch (LinkageError ex) {
				throw SchemaExportException.invalidOption("Class " + name + " of " + CLASSES + " cannot be loaded: "
						+ ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
		return loaded.toArray(Class<?>[]::new);
	}

	/**
	 * Return the message for entities that hold no entity, naming the options that named
	 * them.
	 * @return the message
	 */
	String noEntitiesMessage() {
		List<String> given = new ArrayList<>();
		if (!this.packages.isEmpty()) {
			given.add(PACKAGES + "=" + String.join(",", this.packages));
		}
		if (!this.classes.isEmpty()) {
			given.add(CLASSES + "=" + String.join(",", this.classes));
		}
		if (this.mappingFiles != null) {
			given.add(MAPPING_FILES + "=" + String.join(",", this.mappingFiles));
		}
		return "No JPA entity found in " + String.join(" ", given) + ": set " + PACKAGES
				+ " to the packages of the @Entity classes, or " + CLASSES + " to the classes";
	}

	/**
	 * Return how script mode's users know an option of the export engine.
	 * @param option the option
	 * @return its command-line flag
	 */
	static String flag(Option option) {
		return switch (option) {
			case DIALECT -> DIALECT;
			case DIALECT_VERSION -> DIALECT_VERSION;
			case FORMAT -> FORMAT;
			default -> option.flag();
		};
	}

	/**
	 * Read the sources the position directives point at: {@code --source-roots}, else
	 * {@code src/main/java} and {@code src/main/kotlin} in the working directory; none
	 * with {@code --source-positions=false}.
	 * @return the positions
	 * @throws java.io.UncheckedIOException if a source file cannot be read
	 */
	SourcePositions positions() {
		if (!this.sourcePositions) {
			return SourcePositions.none();
		}
		List<String> roots = (this.sourceRoots != null) ? this.sourceRoots : DEFAULT_SOURCE_ROOTS;
		return SourcePositions.scan(roots.stream().map(Path::of).toList());
	}

	OutputFormat format() {
		return this.format;
	}

	@Nullable String dialect() {
		return this.dialect;
	}

	@Nullable String version() {
		return this.version;
	}

}
