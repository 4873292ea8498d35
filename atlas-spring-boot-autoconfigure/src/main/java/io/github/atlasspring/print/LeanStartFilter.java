package io.github.atlasspring.print;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import io.github.atlasspring.schema.SchemaExportException;

/**
 * Leaves out, in print mode, Spring Boot's own auto-configurations that cannot change the
 * JPA model: web servers and web frameworks, security, sessions, actuator endpoints,
 * health, metrics and observability, template engines, messaging, mail, JMX and task
 * execution and scheduling. Print mode ends the start-up once the
 * {@code EntityManagerFactory} has its inputs, so what these would build is never used,
 * and parsing and evaluating them is start-up time spent for nothing.
 * <p>
 * A deny list of Spring Boot's packages rather than an allow list: an auto-configuration
 * of a library or of the application itself may customise Hibernate (a
 * {@code HibernatePropertiesCustomizer}, a naming strategy, a converter's dependencies),
 * so everything that is not known to be irrelevant stays. Packages are matched by
 * segment, which covers Spring Boot 3.5's
 * {@code org.springframework.boot.autoconfigure.web} and Boot 4's
 * {@code org.springframework.boot.webmvc.autoconfigure} alike, and nothing in the data
 * access chain is left out even where a segment matches (the data source's health and
 * metrics, for instance). {@code atlas.lean-start=false} keeps everything.
 */
public final class LeanStartFilter implements AutoConfigurationImportFilter, EnvironmentAware {

	/**
	 * The property that turns lean start off.
	 */
	public static final String PROPERTY = "atlas.lean-start";

	private static final String SPRING_BOOT_PACKAGE = "org.springframework.boot.";

	/**
	 * Package segments of Spring Boot auto-configurations that print mode never needs.
	 */
	private static final Set<String> LEFT_OUT = Set.of(
			// web servers and web frameworks
			"web", "webmvc", "webflux", "servlet", "reactive", "tomcat", "jetty", "undertow", "netty", "reactor",
			"http", "restclient", "webclient", "websocket", "graphql", "hateoas", "rest", "webservices", "jersey",
			"rsocket", "session",
			// security
			"security",
			// actuator and observability
			"actuate", "health", "metrics", "micrometer", "observation", "tracing", "opentelemetry", "zipkin",
			// template engines
			"thymeleaf", "freemarker", "mustache", "template",
			// messaging and mail
			"jms", "artemis", "activemq", "amqp", "kafka", "pulsar", "mail",
			// management and scheduling
			"jmx", "admin", "availability", "info", "task");

	/**
	 * Package segments of the data access chain, which print mode builds the
	 * {@code EntityManagerFactory} from: never left out.
	 */
	private static final Set<String> KEPT = Set.of("jpa", "orm", "hibernate", "persistence", "jdbc", "sql", "r2dbc",
			"transaction", "jackson", "validation", "flyway", "liquibase");

	private boolean enabled;

	@Override
	public void setEnvironment(Environment environment) {
		this.enabled = PrintModeProperty.isEnabled(environment) && isLeanStart(environment);
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] match = new boolean[autoConfigurationClasses.length];
		int leftOut = 0;
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			String name = autoConfigurationClasses[i];
			match[i] = !this.enabled || name == null || !isLeftOut(name);
			if (!match[i]) {
				leftOut++;
			}
		}
		if (leftOut > 0) {
			System.err.println("atlas: lean start left out " + leftOut + " auto-configurations");
		}
		return match;
	}

	/**
	 * Return whether print mode leaves out an auto-configuration when lean start is on.
	 * @param className the auto-configuration's class name
	 * @return whether it is left out
	 */
	static boolean isLeftOut(String className) {
		if (!className.startsWith(SPRING_BOOT_PACKAGE)) {
			return false;
		}
		int end = className.lastIndexOf('.');
		if (end < 0) {
			return false;
		}
		List<String> segments = Arrays.asList(className.substring(SPRING_BOOT_PACKAGE.length(), end).split("\\."));
		return segments.stream().noneMatch(KEPT::contains) && segments.stream().anyMatch(LEFT_OUT::contains);
	}

	private static boolean isLeanStart(Environment environment) {
		String value = environment.getProperty(PROPERTY, "true").trim();
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw SchemaExportException
				.invalidOption("Invalid value '" + value + "' for " + PROPERTY + ": use true or false");
		}
		return Boolean.parseBoolean(value);
	}

}
