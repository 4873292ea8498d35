package io.github.atlasspring.benchmarks;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * The floor of the Hibernate part: Hibernate's native bootstrap builds the metadata of the
 * same entities and creates their DDL, without Spring. Run on a class path of Hibernate
 * alone ({@code target/hibernate.classpath}):
 *
 * <pre>
 * java -cp target/benchmarks.jar:$(cat target/hibernate.classpath) \
 *     io.github.atlasspring.benchmarks.PlainHibernate ../sample-app/target/classes io.github.atlasspring.sample
 * </pre>
 *
 * The DDL goes to standard output, one statement a line.
 */
public final class PlainHibernate {

	private PlainHibernate() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: PlainHibernate CLASSES_DIR PACKAGE [DIALECT_CLASS]");
			System.exit(2);
		}
		Path classes = Path.of(args[0]);
		String packageName = args[1];
		String dialect = (args.length > 2) ? args[2] : "org.hibernate.dialect.PostgreSQLDialect";

		ClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				PlainHibernate.class.getClassLoader());
		Thread.currentThread().setContextClassLoader(loader);
		List<Class<?>> managed = scan(classes, packageName, loader);
		if (managed.isEmpty()) {
			System.err.println("No @Entity classes in package " + packageName + " under " + classes);
			System.exit(3);
		}

		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
			.applySetting("hibernate.dialect", dialect)
			.applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
			// What Spring Boot sets too, so that the DDL has the same names.
			.applySetting("hibernate.physical_naming_strategy",
					"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
			// What the sample application sets: create the schemas it uses.
			.applySetting("hibernate.hbm2ddl.create_namespaces", "true")
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			managed.forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.buildMetadata();
			// Hibernate's own ddl-auto=create orders columns so; print mode does the same.
			((MetadataImplementor) metadata).orderColumns(true);

			Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
			ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
					ExceptionHandlerHaltImpl.INSTANCE);
			Statements statements = new Statements();
			registry.requireService(SchemaManagementTool.class)
				.getSchemaCreator(settings)
				.doCreation(metadata, options, ContributableMatcher.ALL, new FromMetadata(), statements);

			StringBuilder out = new StringBuilder();
			for (String statement : statements.list) {
				out.append(statement.endsWith(";") ? statement : statement + ";").append('\n');
			}
			System.out.print(out);
			System.out.flush();
			System.err.println("plain-hibernate: " + managed.size() + " classes, " + statements.list.size()
					+ " statements");
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	/** The classes of a package (and its sub-packages) that JPA manages, as Spring's entity scan finds them. */
	private static List<Class<?>> scan(Path classes, String packageName, ClassLoader loader)
			throws IOException, ClassNotFoundException {
		Path root = classes.resolve(packageName.replace('.', '/'));
		List<Class<?>> managed = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return managed;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).sorted().toList()) {
				String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
				Class<?> type;
				try {
					type = Class.forName(name, false, loader);
				}
				catch (LinkageError ex) {
					// A class of the application that needs Spring (a repository, say): not an entity.
					continue;
				}
				if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
						|| type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class)) {
					managed.add(type);
				}
			}
		}
		return managed;
	}

	private static final class FromMetadata implements SourceDescriptor {

		@Override
		public SourceType getSourceType() {
			return SourceType.METADATA;
		}

		@Override
		public ScriptSourceInput getScriptSourceInput() {
			return null;
		}

	}

	private static final class Statements implements TargetDescriptor, ScriptTargetOutput {

		final List<String> list = new ArrayList<>();

		@Override
		public EnumSet<TargetType> getTargetTypes() {
			return EnumSet.of(TargetType.SCRIPT);
		}

		@Override
		public ScriptTargetOutput getScriptTargetOutput() {
			return this;
		}

		@Override
		public void prepare() {
		}

		@Override
		public void accept(String command) {
			this.list.add(command);
		}

		@Override
		public void release() {
		}

	}

}
