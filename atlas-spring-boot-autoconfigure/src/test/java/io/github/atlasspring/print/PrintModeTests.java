package io.github.atlasspring.print;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.RefusingDataSource;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;
import io.github.atlasspring.schema.entities.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for print mode as {@link PrintSchemaApplicationListener} sets it up, on
 * applications started in-process.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrintModeTests {

	private static final RefusingDataSource dataSource = new RefusingDataSource("jdbc:postgresql://localhost:1/app");

	private static final AtomicInteger created = new AtomicInteger();

	private final List<Integer> exitCodes = new ArrayList<>();

	/**
	 * Forget the standard output that tests of other classes, running print mode in this
	 * JVM, left behind, and keep the one captured for this test.
	 */
	@BeforeEach
	void forgetStandardOutputOfEarlierTests() {
		PrintStream captured = System.out;
		StandardOutput.restore();
		System.setOut(captured);
	}

	@AfterEach
	void restoreStandardOutput() {
		StandardOutput.restore();
	}

	@Test
	void printsUnitThatBootAutoConfigures(CapturedOutput output) {
		run(BootApplication.class);
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("\ncreate table customer (");
	}

	@Test
	void printsUnitOfApplicationWithoutAutoConfiguration(CapturedOutput output) {
		run(HandWrittenApplication.class);
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("\ncreate table Customer (");
		assertThat(dataSource.getConnectionAttempts()).isZero();
	}

	@Test
	void neverCreatesDatabaseInitializersOfApplication(CapturedOutput output) {
		created.set(0);
		run(OwnInitializerApplication.class);
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("\ncreate table customer (");
		assertThat(created).as("initializers Spring Boot orders before the EntityManagerFactory").hasValue(0);
	}

	@Test
	void neverCreatesBeansApplicationMakesEntityManagerFactoryDependOn(CapturedOutput output) {
		created.set(0);
		run(DependsOnApplication.class);
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("\ncreate table customer (");
		assertThat(created).as("beans the EntityManagerFactory depends on").hasValue(0);
	}

	@Test
	void refusesConnectionToBeanThatIsInputOfEntityManagerFactory(CapturedOutput output) {
		run(ConnectingInputApplication.class);
		assertThat(this.exitCodes).containsExactly(5);
		assertThat(output.getOut()).isEmpty();
		assertThat(output.getErr()).contains("atlas: error: Bean 'namingStrategy' asked data source 'dataSource' "
				+ "for a connection while the application started, and print mode never connects to a database");
		assertThat(dataSource.getConnectionAttempts()).isZero();
	}

	@Test
	void exportsWithTheApplicationsOwnSchemaExporter(CapturedOutput output) {
		run(OwnExporterApplication.class);
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getErr()).contains("own exporter at work");
	}

	@Test
	void printsWithLazyInitialization(CapturedOutput output) {
		run(BootApplication.class, "--spring.main.lazy-initialization=true");
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("\ncreate table customer (");
	}

	@Test
	void formatMermaidPrintsDiagramOfTheUnit(CapturedOutput output) {
		run(BootApplication.class, "--atlas.format=mermaid");
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut()).contains("erDiagram\n    customer {\n").doesNotContain("create table");
	}

	@Test
	void formatJsonPrintsDocumentOfTheUnit(CapturedOutput output) {
		run(BootApplication.class, "--atlas.format=JSON");
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(output.getOut())
			.contains("{\"persistenceUnits\":{\"entityManagerFactory\":{\"dialect\":\"postgres\"");
	}

	@Test
	void unknownFormatExitsWithTwoNamingTheOption(CapturedOutput output) {
		run(BootApplication.class, "--atlas.format=png");
		assertThat(this.exitCodes).containsExactly(2);
		assertThat(output.getErr())
			.contains("atlas: error: Unknown format 'png': set --atlas.format to sql, mermaid or json");
		assertThat(output.getOut()).doesNotContain("create table");
	}

	@Test
	void applicationWithoutEntityManagerFactoryExitsWithThree(CapturedOutput output) {
		run(EmptyApplication.class);
		assertThat(this.exitCodes).containsExactly(3);
		assertThat(output.getErr()).contains("atlas: error: No JPA EntityManagerFactory is defined");
	}

	private void run(Class<?> application, String... extraArguments) {
		SpringApplication springApplication = new SpringApplication(application);
		springApplication.setListeners(List.of(new PrintSchemaApplicationListener(this.exitCodes::add)));
		List<String> arguments = new ArrayList<>(List.of("--atlas.print-schema", "--atlas.dialect=postgres"));
		arguments.addAll(List.of(extraArguments));
		try {
			springApplication.run(arguments.toArray(String[]::new)).close();
		}
		catch (RuntimeException ex) {
			// print mode ends every start-up on purpose
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
			HibernateJpaAutoConfiguration.class })
	@EntityScan(basePackageClasses = Customer.class)
	static class BootApplication {

		@Bean
		DataSource dataSource() {
			return dataSource;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class HandWrittenApplication {

		@Bean
		LocalContainerEntityManagerFactoryBean entityManagerFactory() {
			LocalContainerEntityManagerFactoryBean factoryBean = new LocalContainerEntityManagerFactoryBean();
			factoryBean.setDataSource(dataSource);
			factoryBean.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
			factoryBean.setPackagesToScan(Customer.class.getPackageName());
			return factoryBean;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(BootApplication.class)
	static class OwnInitializerApplication {

		@Bean
		DataSourceScriptDatabaseInitializer ownScriptInitializer(DataSource dataSource) {
			created.incrementAndGet();
			return new DataSourceScriptDatabaseInitializer(dataSource, new DatabaseInitializationSettings());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import({ BootApplication.class, StartupAuditDependsOn.class })
	static class DependsOnApplication {

		@Bean
		StartupAudit startupAudit(DataSource dataSource) {
			return new StartupAudit(dataSource);
		}

	}

	static class StartupAuditDependsOn extends EntityManagerFactoryDependsOnPostProcessor {

		StartupAuditDependsOn() {
			super("startupAudit");
		}

	}

	static class StartupAudit {

		private final DataSource dataSource;

		StartupAudit(DataSource dataSource) {
			this.dataSource = dataSource;
		}

		@PostConstruct
		void recordStartup() throws Exception {
			created.incrementAndGet();
			this.dataSource.getConnection().close();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(BootApplication.class)
	static class ConnectingInputApplication {

		@Bean
		CamelCaseToUnderscoresNamingStrategy namingStrategy(DataSource dataSource) throws Exception {
			dataSource.getConnection().close();
			return new CamelCaseToUnderscoresNamingStrategy();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(BootApplication.class)
	static class OwnExporterApplication {

		@Bean
		static SchemaExporter schemaExporter() {
			return new SchemaExporter() {

				@Override
				public SchemaScript export(PersistenceUnitDefinition unit, SchemaTarget target) {
					System.err.println("own exporter at work");
					return super.export(unit, target);
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyApplication {

	}

}
