package io.github.atlasspring.script;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import io.github.atlasspring.print.ExitStatus;
import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Reason;
import io.github.atlasspring.schema.SchemaScript;

/**
 * Script mode: prints the DDL of named entities for Atlas, with no Spring Boot
 * application and no database, under print mode's contract. Standard output carries the
 * DDL and nothing else, written only once it is complete; standard error carries warnings
 * and, on failure, a last line {@code atlas: error: ...} that names the option to fix;
 * the exit code is print mode's (see {@link ExitStatus}).
 * <p>
 * Atlas runs it as a program of its own ({@link #main(String[])}): <pre class="code">
 * java -cp CLASSPATH io.github.atlasspring.script.PrintEntitySchema \
 *     --dialect=postgres --dialect-version=16 --packages=com.example.model
 * </pre> or a program that chooses its entities in Java hands them over
 * ({@link #print(EntitySchema, String...)}).
 */
public final class PrintEntitySchema {

	private static final String[] REQUIRED_CLASSES = { "jakarta.persistence.Entity",
			"org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl",
			"org.springframework.orm.jpa.persistenceunit.DefaultPersistenceUnitManager" };

	private PrintEntitySchema() {
	}

	/**
	 * Print the DDL of the entities the arguments name, then end the JVM with the exit
	 * code.
	 * <ul>
	 * <li>{@code --dialect=NAME}: the database, as in print mode ({@code postgres},
	 * {@code mysql}, {@code mariadb}, ...);</li>
	 * <li>{@code --dialect-version=V}: its version, as in print mode;</li>
	 * <li>{@code --packages=a.b,c.d}: packages to scan for entities;</li>
	 * <li>{@code --classes=a.b.C,...}: entity classes (and the embeddables, mapped
	 * superclasses and converters they use);</li>
	 * <li>{@code --mapping-files=META-INF/orm.xml,...}: JPA mapping files, instead of the
	 * default {@code META-INF/orm.xml};</li>
	 * <li>{@code --property=name=value}, repeatable: a JPA or Hibernate property;</li>
	 * <li>{@code --naming=spring-boot|hibernate}: whose naming strategies, Spring Boot's
	 * by default;</li>
	 * <li>{@code --source-roots=src/main/java,...}: where the entities' sources are, for
	 * Atlas's position directives; {@code src/main/java} and {@code src/main/kotlin} in
	 * the working directory by default;</li>
	 * <li>{@code --source-positions=false}: no position directives;</li>
	 * <li>{@code --format=sql|mermaid|json}: what to write, the DDL by default (see
	 * {@link io.github.atlasspring.schema.OutputFormat}).</li>
	 * </ul>
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		System.exit(run(null, args));
	}

	/**
	 * Print the DDL of entities a program has chosen, for the database the arguments
	 * ({@code --dialect}, {@code --dialect-version}) name, then end the JVM with the exit
	 * code. For a program's {@code main}: <pre class="code">
	 * PrintEntitySchema.print(EntitySchema.of(User.class, Blog.class), args);
	 * </pre>
	 * @param entities the entities, not {@code null}
	 * @param args the program's arguments
	 */
	public static void print(EntitySchema entities, String... args) {
		System.exit(run(entities, args));
	}

	/**
	 * Run with standard output kept for the DDL: whatever else writes to
	 * {@link System#out} meanwhile, such as a logging library's console appender, goes to
	 * standard error. The JVM ends right after, so {@code System.out} stays as it is.
	 * @param entities the entities, or {@code null} to read them from the arguments
	 * @param args the command's arguments
	 * @return the exit code
	 */
	private static int run(@Nullable EntitySchema entities, String[] args) {
		PrintStream stdout = System.out;
		System.setOut(System.err);
		return run(entities, args, stdout, System.err);
	}

	/**
	 * Print a schema.
	 * @param entities the entities, or {@code null} to take them from the arguments
	 * @param args the arguments
	 * @param out where the DDL goes
	 * @param err where warnings and errors go
	 * @return the exit code
	 */
	static int run(@Nullable EntitySchema entities, String[] args, PrintStream out, PrintStream err) {
		ScriptOptions options = null;
		try {
			checkRequiredClasses();
			options = (entities != null) ? ScriptOptions.forTarget(args) : ScriptOptions.forEntitiesAndTarget(args);
			EntitySchema schema = (entities != null) ? entities
					: options.entities(Thread.currentThread().getContextClassLoader());
			SchemaScript script = schema.script(options.dialect(), options.version());
			script.warnings().forEach((warning) -> err.println("atlas: warning: " + warning));
			err.println("atlas: printed " + script.statements().size() + " statements of persistence unit '"
					+ script.persistenceUnit() + "' for " + script.dialect().canonicalName() + " " + script.version());
			write(out, options.format().render(script, options::positions));
			return ExitStatus.PRINTED.code();
		}
		catch (SchemaExportException ex) {
			boolean entitiesFromOptions = entities == null && options != null;
			String message = (ex.getReason() == Reason.NO_ENTITIES && entitiesFromOptions) ? options.noEntitiesMessage()
					: ex.getMessage(ScriptOptions::flag);
			return fail(err, ExitStatus.of(ex.getReason()), message);
		}
		catch (RuntimeException | LinkageError ex) {
			ex.printStackTrace(err);
			return fail(err, ExitStatus.STARTUP_FAILED,
					"Script mode failed: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
		}
	}

	private static void checkRequiredClasses() {
		for (String requiredClass : REQUIRED_CLASSES) {
			if (!ClassUtils.isPresent(requiredClass, PrintEntitySchema.class.getClassLoader())) {
				throw SchemaExportException.noEntities("Script mode needs JPA with Hibernate "
						+ "(org.hibernate.orm:hibernate-core) and org.springframework:spring-orm on the class path, "
						+ "but " + requiredClass + " is not there");
			}
		}
	}

	/**
	 * Write the script to standard output in one piece, as print mode writes it.
	 * @param out standard output
	 * @param sql the script
	 */
	private static void write(PrintStream out, String sql) {
		byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
		out.write(bytes, 0, bytes.length);
		out.flush();
	}

	private static int fail(PrintStream err, ExitStatus status, String message) {
		err.println("atlas: error: " + message);
		err.flush();
		return status.code();
	}

	private static String oneLine(@Nullable String message) {
		return (message != null) ? message.replaceAll("\\s*\\R\\s*", " ") : "";
	}

}
