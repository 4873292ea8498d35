package io.github.atlasspring.print;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import io.github.atlasspring.schema.RefusingDataSource;
import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Reason;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PrintSchemaPostProcessor}.
 */
class PrintSchemaPostProcessorTests {

	private static final RefusingDataSource dataSource = new RefusingDataSource("jdbc:postgresql://localhost:1/none");

	@Test
	void failsWithoutEntityManagerFactory() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> postProcessor(null, null).setBeanFactory(beanFactory()))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NO_ENTITIES));
	}

	@Test
	void rejectsUnknownDialectBeforeLookingForUnits() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> new PrintSchemaPostProcessor(new SchemaExporter(), "nosuch", null, null)
				.setBeanFactory(beanFactory()))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageContaining("Unknown dialect 'nosuch'");
	}

	@Test
	void rejectsUnknownPersistenceUnitListingDefinedOnes() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> postProcessor("nope", null)
				.setBeanFactory(beanFactory("entityManagerFactory", "ordersEntityManagerFactory")))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessage("Unknown persistence unit 'nope': set --atlas.persistence-unit to one of "
					+ "entityManagerFactory, orders");
	}

	@Test
	void requiresChoiceBetweenSeveralPersistenceUnits() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> postProcessor(null, null)
				.setBeanFactory(beanFactory("entityManagerFactory", "ordersEntityManagerFactory")))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageContaining("(entityManagerFactory, orders)")
			.withMessageContaining("--atlas.persistence-unit");
	}

	@Test
	void exportsSelectedUnitWhenSpringHandsItToProvider() {
		new ApplicationContextRunner()
			.withBean(PrintSchemaPostProcessor.class, () -> postProcessor("orders", "postgres"))
			.withUserConfiguration(TwoUnitsConfiguration.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				SchemaScript script = printedScript(context.getStartupFailure());
				assertThat(script.persistenceUnit()).isEqualTo("orders");
				assertThat(script.dialect()).isEqualTo(SchemaDialect.POSTGRESQL);
				assertThat(script.statements()).anyMatch((statement) -> statement.startsWith("create table Customer "));
			});
	}

	@Test
	void exportsSelectedUnitEvenWithBootstrapExecutor() {
		PrintSchemaPostProcessor postProcessor = postProcessor(null, "postgres");
		postProcessor.setBeanFactory(beanFactory("entityManagerFactory"));
		LocalContainerEntityManagerFactoryBean factoryBean = entityManagerFactory();
		factoryBean.setBootstrapExecutor(new SimpleAsyncTaskExecutor());
		postProcessor.postProcessBeforeInitialization(factoryBean, "entityManagerFactory");
		assertThatExceptionOfType(SchemaPrintedException.class).isThrownBy(factoryBean::afterPropertiesSet)
			.satisfies((ex) -> assertThat(ex.getScript().persistenceUnit()).isEqualTo("entityManagerFactory"));
	}

	@Test
	void mappingErrorEndsStartupAsMappingError() {
		PrintSchemaPostProcessor postProcessor = postProcessor(null, "postgres");
		postProcessor.setBeanFactory(beanFactory("entityManagerFactory"));
		LocalContainerEntityManagerFactoryBean factoryBean = entityManagerFactory();
		factoryBean.setPackagesToScan("io.github.atlasspring.schema.broken");
		postProcessor.postProcessBeforeInitialization(factoryBean, "entityManagerFactory");
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(factoryBean::afterPropertiesSet)
			.satisfies((ex) -> assertThat(PrintFailure.of(ex).status()).isEqualTo(ExitStatus.MAPPING_ERROR));
	}

	@Test
	void otherUnitsGetUnusableEntityManagerFactory() {
		DefaultListableBeanFactory beanFactory = beanFactory("entityManagerFactory", "ordersEntityManagerFactory");
		PrintSchemaPostProcessor postProcessor = postProcessor("orders", "postgres");
		postProcessor.setBeanFactory(beanFactory);
		LocalContainerEntityManagerFactoryBean factoryBean = (LocalContainerEntityManagerFactoryBean) postProcessor
			.postProcessBeforeInitialization(entityManagerFactory(), "entityManagerFactory");
		factoryBean.afterPropertiesSet();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> factoryBean.getNativeEntityManagerFactory().createEntityManager())
			.withMessageContaining("is not built in print mode");
	}

	@Test
	void neverConnectsToDataSource() {
		new ApplicationContextRunner().withBean(PrintSchemaPostProcessor.class, () -> postProcessor("orders", null))
			.withUserConfiguration(TwoUnitsConfiguration.class)
			.run((context) -> {
				assertThat(printedScript(context.getStartupFailure()).dialect()).isEqualTo(SchemaDialect.POSTGRESQL);
				assertThat(dataSource.getConnectionAttempts()).isZero();
			});
	}

	private static SchemaScript printedScript(Throwable failure) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SchemaPrintedException printed) {
				return printed.getScript();
			}
		}
		throw new AssertionError("Start-up did not end with a printed schema", failure);
	}

	private static PrintSchemaPostProcessor postProcessor(String persistenceUnit, String dialect) {
		return new PrintSchemaPostProcessor(new SchemaExporter(), dialect, null, persistenceUnit);
	}

	private static DefaultListableBeanFactory beanFactory(String... entityManagerFactoryBeanNames) {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		for (String beanName : entityManagerFactoryBeanNames) {
			beanFactory.registerBeanDefinition(beanName,
					new RootBeanDefinition(LocalContainerEntityManagerFactoryBean.class));
		}
		return beanFactory;
	}

	static LocalContainerEntityManagerFactoryBean entityManagerFactory() {
		LocalContainerEntityManagerFactoryBean factoryBean = new LocalContainerEntityManagerFactoryBean();
		factoryBean.setDataSource(dataSource);
		factoryBean.setPackagesToScan("io.github.atlasspring.schema.entities");
		return factoryBean;
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoUnitsConfiguration {

		@Bean
		LocalContainerEntityManagerFactoryBean entityManagerFactory() {
			return PrintSchemaPostProcessorTests.entityManagerFactory();
		}

		@Bean
		LocalContainerEntityManagerFactoryBean ordersEntityManagerFactory() {
			return PrintSchemaPostProcessorTests.entityManagerFactory();
		}

	}

}
