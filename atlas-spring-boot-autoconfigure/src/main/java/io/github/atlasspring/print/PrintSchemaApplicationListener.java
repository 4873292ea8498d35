package io.github.atlasspring.print;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaScript;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Runs print mode ({@code --atlas.print-schema}): keeps standard output for the DDL,
 * switches off everything that would touch a database or start serving, and, once the
 * start-up has been ended on purpose, writes the DDL and exits with an
 * {@link ExitStatus}.
 */
public class PrintSchemaApplicationListener implements GenericApplicationListener {

	static final String PROPERTY = "atlas.print-schema";

	private static final String PROPERTY_SOURCE_NAME = "atlasPrintSchema";

	private static final String[] REQUIRED_CLASSES = { "jakarta.persistence.EntityManagerFactory",
			"org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
			"org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl" };

	private final ProcessExit exit;

	private boolean printMode;

	public PrintSchemaApplicationListener() {
		this(System::exit);
	}

	PrintSchemaApplicationListener(ProcessExit exit) {
		this.exit = exit;
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.getRawClass();
		return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationStartedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type));
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			onEnvironmentPrepared(prepared.getEnvironment());
		}
		else if (this.printMode && event instanceof ApplicationPreparedEvent prepared) {
			quietenRefreshWarning(prepared);
		}
		else if (this.printMode && event instanceof ApplicationStartedEvent) {
			fail(ExitStatus.STARTUP_FAILED,
					"The application started without building a JPA EntityManagerFactory, so there is no schema to print");
		}
		else if (this.printMode && event instanceof ApplicationFailedEvent failed) {
			finish(failed.getException());
		}
	}

	private void onEnvironmentPrepared(ConfigurableEnvironment environment) {
		try {
			this.printMode = PrintModeProperty.isEnabled(environment);
		}
		catch (SchemaExportException ex) {
			this.printMode = true;
			throw ex;
		}
		finally {
			if (this.printMode) {
				StandardOutput.redirectToStandardError();
			}
		}
		if (!this.printMode) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, sideEffectFreeSettings()));
		for (String requiredClass : REQUIRED_CLASSES) {
			if (!ClassUtils.isPresent(requiredClass, getClass().getClassLoader())) {
				throw SchemaExportException.noEntities("Print mode needs JPA with Hibernate (spring-boot-starter-data-jpa), "
						+ "but " + requiredClass + " is not on the classpath");
			}
		}
	}

	private static Map<String, Object> sideEffectFreeSettings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put(PROPERTY, "true");
		settings.put("spring.main.banner-mode", "off");
		settings.put("spring.main.web-application-type", "none");
		settings.put("spring.jpa.hibernate.ddl-auto", "none");
		settings.put("spring.jpa.generate-ddl", "false");
		settings.put("spring.jpa.defer-datasource-initialization", "false");
		settings.put("spring.sql.init.mode", "never");
		settings.put("spring.flyway.enabled", "false");
		settings.put("spring.liquibase.enabled", "false");
		settings.put("spring.docker.compose.enabled", "false");
		settings.put("spring.devtools.restart.enabled", "false");
		settings.put("spring.jmx.enabled", "false");
		settings.put("spring.batch.job.enabled", "false");
		settings.put("spring.quartz.auto-startup", "false");
		return settings;
	}

	private void quietenRefreshWarning(ApplicationPreparedEvent event) {
		LoggingSystem loggingSystem = LoggingSystem.get(event.getSpringApplication().getClassLoader());
		loggingSystem.setLogLevel(event.getApplicationContext().getClass().getName(), LogLevel.ERROR);
	}

	private void finish(Throwable failure) {
		SchemaPrintedException printed = find(failure, SchemaPrintedException.class);
		if (printed != null) {
			print(printed.getScript());
			return;
		}
		SchemaExportException exportFailure = find(failure, SchemaExportException.class);
		if (exportFailure != null) {
			fail(ExitStatus.of(exportFailure.getReason()), exportFailure.getMessage());
			return;
		}
		failure.printStackTrace();
		fail(ExitStatus.STARTUP_FAILED, "The application failed to start in print mode: " + describe(rootCause(failure)));
	}

	private void print(SchemaScript script) {
		for (String seed : script.seedStatements()) {
			System.err.println("atlas: warning: Atlas plans schema changes only; a migration must add this row itself: "
					+ seed);
		}
		System.err.println("atlas: printed " + script.statements().size() + " statements of persistence unit '"
				+ script.persistenceUnit() + "' for " + script.dialect().canonicalName() + " " + script.version());
		StandardOutput.write(script.toSql());
		this.exit.exit(ExitStatus.PRINTED.code());
	}

	private void fail(ExitStatus status, String message) {
		System.err.println("atlas: error: " + message);
		System.err.flush();
		this.exit.exit(status.code());
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (type.isInstance(candidate)) {
				return type.cast(candidate);
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String describe(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage().replaceAll("\\s*\\R\\s*", " ") : "";
		return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 11;
	}

	/**
	 * Ends the process.
	 */
	@FunctionalInterface
	interface ProcessExit {

		void exit(int status);

	}

}
