package io.github.atlasspring.print;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PrintSchemaApplicationListener}.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrintSchemaApplicationListenerTests {

	private final List<Integer> exitCodes = new ArrayList<>();

	private final PrintSchemaApplicationListener listener = new PrintSchemaApplicationListener(this.exitCodes::add);

	private final SpringApplication application = new SpringApplication();

	@Test
	void doesNothingOutsidePrintMode() {
		StandardEnvironment environment = prepareEnvironment(Map.of());
		fail(new IllegalStateException("boom"));
		assertThat(environment.getPropertySources().contains("atlasPrintSchema")).isFalse();
		assertThat(this.exitCodes).isEmpty();
	}

	@Test
	void printModeOverridesSettingsWithSideEffects() {
		StandardEnvironment environment = prepareEnvironment(Map.of("atlas.print-schema", "",
				"spring.jpa.hibernate.ddl-auto", "create", "spring.flyway.enabled", "true"));
		assertThat(environment.getProperty("atlas.print-schema")).isEqualTo("true");
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
		assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("spring.sql.init.mode")).isEqualTo("never");
	}

	@Test
	void printedSchemaExitsWithZeroAndWarnsAboutSeedRows(CapturedOutput output) {
		prepareEnvironment(Map.of("atlas.print-schema", "true"));
		SchemaScript script = new SchemaScript("entityManagerFactory", SchemaDialect.POSTGRESQL, "16",
				List.of("create table ids (name varchar(255) not null, next_val bigint);",
						"insert into ids(name, next_val) values ('t',0);"));
		fail(new BeanCreationException("entityManagerFactory", "failed", new SchemaPrintedException(script)));
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getErr()).contains("atlas: warning: ")
			.contains("insert into ids(name, next_val) values ('t',0);")
			.contains("atlas: printed 2 statements of persistence unit 'entityManagerFactory' for postgres 16");
	}

	@Test
	void invalidOptionExitsWithTwo(CapturedOutput output) {
		prepareEnvironment(Map.of("atlas.print-schema", "true"));
		fail(new BeanCreationException("atlasPrintSchemaPostProcessor", "failed",
				SchemaExportException.invalidOption("Unknown dialect 'nosuch'")));
		assertThat(this.exitCodes).containsExactly(2);
		assertThat(output.getErr()).endsWith("atlas: error: Unknown dialect 'nosuch'" + System.lineSeparator());
	}

	@Test
	void noEntitiesExitsWithThree(CapturedOutput output) {
		prepareEnvironment(Map.of("atlas.print-schema", "true"));
		fail(SchemaExportException.noEntities("No JPA EntityManagerFactory"));
		assertThat(this.exitCodes).containsExactly(3);
		assertThat(output.getErr()).contains("atlas: error: No JPA EntityManagerFactory");
	}

	@Test
	void otherFailureExitsWithOneNamingRootCause(CapturedOutput output) {
		prepareEnvironment(Map.of("atlas.print-schema", "true"));
		fail(new BeanCreationException("dataSource", "failed", new IllegalStateException("boom\nagain")));
		assertThat(this.exitCodes).containsExactly(1);
		assertThat(output.getErr())
			.contains("atlas: error: The application failed to start in print mode: IllegalStateException: boom again");
	}

	@Test
	void startupWithoutEntityManagerFactoryExitsWithOne(CapturedOutput output) {
		prepareEnvironment(Map.of("atlas.print-schema", "true"));
		this.listener.onApplicationEvent(new ApplicationStartedEvent(this.application, new String[0],
				new GenericApplicationContext(), Duration.ZERO));
		assertThat(this.exitCodes).containsExactly(1);
		assertThat(output.getErr()).contains("atlas: error: The application started without building");
	}

	@Test
	void invalidPrintModeValueFailsAsInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> prepareEnvironment(Map.of("atlas.print-schema", "yes")))
			.satisfies((ex) -> {
				fail(ex);
				assertThat(this.exitCodes).containsExactly(2);
			});
	}

	private StandardEnvironment prepareEnvironment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		this.listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				this.application, new String[0], environment));
		return environment;
	}

	private void fail(Throwable failure) {
		this.listener.onApplicationEvent(new ApplicationFailedEvent(this.application, new String[0], null, failure));
	}

}
