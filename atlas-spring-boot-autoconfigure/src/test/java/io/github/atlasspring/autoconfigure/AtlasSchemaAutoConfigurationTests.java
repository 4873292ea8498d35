package io.github.atlasspring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.jpa.PersistenceUnitRecorder;
import io.github.atlasspring.print.PrintSchemaPostProcessor;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.entities.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AtlasSchemaAutoConfiguration}.
 */
class AtlasSchemaAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AtlasSchemaAutoConfiguration.class));

	@Test
	void registersPersistenceUnitRecorderAndAtlasSchema() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(PersistenceUnitRecorder.class)
			.hasSingleBean(AtlasSchema.class)
			.hasSingleBean(SchemaExporter.class)
			.doesNotHaveBean(PrintSchemaPostProcessor.class));
	}

	@Test
	void registersPersistenceUnitRecorderWhenPrintSchemaIsFalse() {
		this.contextRunner.withPropertyValues("atlas.print-schema=false")
			.run((context) -> assertThat(context).hasSingleBean(PersistenceUnitRecorder.class)
				.doesNotHaveBean(PrintSchemaPostProcessor.class));
	}

	@Test
	void printSchemaLeavesRunningApplicationBeansOut() {
		this.contextRunner.withPropertyValues("atlas.print-schema=true")
			.run((context) -> assertThat(context).doesNotHaveBean(PersistenceUnitRecorder.class)
				.doesNotHaveBean(AtlasSchema.class)
				.doesNotHaveBean(PrintSchemaPostProcessor.class));
	}

	@Test
	void atlasSchemaServesUnitBuiltByHibernateJpaAutoConfiguration() {
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
			.withUserConfiguration(EntitiesConfiguration.class)
			.run((context) -> {
				AtlasSchema schema = context.getBean(AtlasSchema.class);
				assertThat(schema.persistenceUnitNames()).containsExactly("entityManagerFactory");
				assertThat(schema.script("postgres", null).statements())
					.anyMatch((statement) -> statement.startsWith("create table customer "));
			});
	}

	@Test
	void backsOffFromUserDefinedSchemaExporter() {
		SchemaExporter exporter = new SchemaExporter();
		this.contextRunner.withBean(SchemaExporter.class, () -> exporter)
			.run((context) -> assertThat(context).getBean(SchemaExporter.class).isSameAs(exporter));
	}

	@Test
	void registersNothingWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaExporter.class)
				.doesNotHaveBean(PersistenceUnitRecorder.class)
				.doesNotHaveBean(AtlasSchema.class)
				.doesNotHaveBean(PrintSchemaPostProcessor.class));
	}

	@Test
	void registersNothingWithoutSpringOrm() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(LocalContainerEntityManagerFactoryBean.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SchemaExporter.class)
				.doesNotHaveBean(PersistenceUnitRecorder.class)
				.doesNotHaveBean(AtlasSchema.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class EntitiesConfiguration {

	}

}
