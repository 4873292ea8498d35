package io.github.atlasspring.print;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SourcePositions;

/**
 * Runs print mode ({@code --atlas.print-schema}): keeps standard output for the DDL,
 * switches off everything that would touch a database or start serving, refuses every
 * database connection, and, once the start-up has been ended on purpose, writes the DDL
 * and exits with an {@link ExitStatus}.
 * <p>
 * Registered in {@code spring.factories}, so print mode works the same whether or not the
 * application uses auto-configuration.
 */
public class PrintSchemaApplicationListener implements GenericApplicationListener {

	private static final String PROPERTY_SOURCE_NAME = "atlasPrintSchema";

	private static final String POST_PROCESSOR_BEAN_NAME = "atlasPrintSchemaPostProcessor";

	private static final String RUNTIME_LOGGER = "java.lang.Runtime";

	private static final String[] REQUIRED_CLASSES = { "jakarta.persistence.EntityManagerFactory",
			"org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean",
			"org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl" };

	private final ProcessExit exit;

	private boolean printMode;

	private LoggingSystem loggingSystem;

	private PrintOptions options = PrintOptions.DEFAULTS;

	private Logger runtimeLogger;

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
			String fastPath = FastPathOption.requested(prepared.getEnvironment());
			if (fastPath != null) {
				exit(FastPathPreparation.prepare(fastPath, prepared.getArgs()));
				return;
			}
			onEnvironmentPrepared(prepared.getEnvironment());
		}
		else if (this.printMode && event instanceof ApplicationPreparedEvent prepared) {
			onContextPrepared(prepared);
		}
		else if (this.printMode && event instanceof ApplicationStartedEvent) {
			fail(PrintFailure.noEntityManagerFactory());
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
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, sideEffectFreeSettings()));
		for (String requiredClass : REQUIRED_CLASSES) {
			if (!ClassUtils.isPresent(requiredClass, getClass().getClassLoader())) {
				throw SchemaExportException
					.noEntities("Print mode needs JPA with Hibernate (spring-boot-starter-data-jpa), " + "but "
							+ requiredClass + " is not on the classpath");
			}
		}
		FastPathSource.checkRunningJar();
	}

	private static Map<String, Object> sideEffectFreeSettings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put(PrintModeProperty.NAME, "true");
		settings.put("spring.main.banner-mode", "off");
		settings.put("spring.main.web-application-type", "none");
		settings.put("spring.main.lazy-initialization", "false");
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

	/**
	 * Guard every data source before the context refreshes, and register what takes over
	 * the {@code EntityManagerFactory} beans.
	 * @param event the event whose context is about to refresh
	 */
	private void onContextPrepared(ApplicationPreparedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		this.loggingSystem = LoggingSystem.get(event.getSpringApplication().getClassLoader());
		this.loggingSystem.setLogLevel(context.getClass().getName(), LogLevel.ERROR);
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.addBeanPostProcessor(new ConnectionRefusingPostProcessor());
		this.options = PrintOptions.bind(context.getEnvironment());
		PrintSchemaPostProcessor postProcessor = new PrintSchemaPostProcessor(new SchemaExporter(),
				this.options.dialect(), this.options.version(), this.options.persistenceUnit());
		RootBeanDefinition definition = new RootBeanDefinition(PrintSchemaPostProcessor.class, () -> postProcessor);
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(POST_PROCESSOR_BEAN_NAME, definition);
	}

	private void finish(Throwable failure) {
		SchemaPrintedException printed = findPrinted(failure);
		if (printed != null) {
			print(printed.getScript());
			return;
		}
		PrintFailure explained = PrintFailure.of(failure);
		if (explained.unexpected()) {
			failure.printStackTrace();
		}
		fail(explained);
	}

	private static SchemaPrintedException findPrinted(Throwable failure) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SchemaPrintedException printed) {
				return printed;
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return null;
	}

	private void print(SchemaScript script) {
		script.warnings().forEach((warning) -> System.err.println("atlas: warning: " + warning));
		System.err.println("atlas: printed " + script.statements().size() + " statements of persistence unit '"
				+ script.persistenceUnit() + "' for " + script.dialect().canonicalName() + " " + script.version());
		StandardOutput.write(this.options.format().render(script, this::positions));
		exit(ExitStatus.PRINTED);
	}

	private SourcePositions positions() {
		try {
			return this.options.positions();
		}
		catch (UncheckedIOException ex) {
			System.err.println("atlas: warning: printing without source positions: " + ex.getMessage());
			return SourcePositions.none();
		}
	}

	private void fail(PrintFailure failure) {
		System.err.println("atlas: error: " + failure.message());
		System.err.flush();
		exit(failure.status());
	}

	/**
	 * Exit without the stack trace that Java 21 and later log for {@code Runtime.exit}
	 * when {@code java.lang.Runtime}'s logger is at debug level: print mode's exit is
	 * expected. The JDK asks {@code java.util.logging} unless another logger finder is
	 * installed, which then answers through the logging system.
	 * @param status how print mode ended
	 */
	private void exit(ExitStatus status) {
		this.runtimeLogger = Logger.getLogger(RUNTIME_LOGGER);
		this.runtimeLogger.setLevel(Level.OFF);
		if (this.loggingSystem != null) {
			this.loggingSystem.setLogLevel(RUNTIME_LOGGER, LogLevel.OFF);
		}
		this.exit.exit(status.code());
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
