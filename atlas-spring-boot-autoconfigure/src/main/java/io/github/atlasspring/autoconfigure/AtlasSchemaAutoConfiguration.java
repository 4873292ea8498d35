package io.github.atlasspring.autoconfigure;

import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.jpa.PersistenceUnitRecorder;
import io.github.atlasspring.print.PrintModeProperty;
import io.github.atlasspring.schema.SchemaExporter;

/**
 * Auto-configuration that lets a running JPA application export the DDL of its Hibernate
 * model on request. Print mode is set up by
 * {@link io.github.atlasspring.print.PrintSchemaApplicationListener} instead.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration" })
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManagerFactoryBuilderImpl.class })
@EnableConfigurationProperties(AtlasProperties.class)
public final class AtlasSchemaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	static SchemaExporter atlasSchemaExporter() {
		return new SchemaExporter();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = PrintModeProperty.NAME, havingValue = false, matchIfMissing = true)
	static final class RunningApplicationConfiguration {

		@Bean
		static PersistenceUnitRecorder atlasPersistenceUnitRecorder() {
			return new PersistenceUnitRecorder();
		}

		@Bean
		@ConditionalOnMissingBean
		AtlasSchema atlasSchema(PersistenceUnitRecorder recorder, SchemaExporter exporter) {
			return new AtlasSchema(recorder::getUnits, exporter);
		}

	}

}
