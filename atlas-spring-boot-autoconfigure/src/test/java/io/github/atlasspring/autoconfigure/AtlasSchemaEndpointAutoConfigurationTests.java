package io.github.atlasspring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.atlasspring.actuate.AtlasSchemaEndpoint;
import io.github.atlasspring.actuate.AtlasSchemaEndpointWebExtension;
import io.github.atlasspring.jpa.AtlasSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AtlasSchemaEndpointAutoConfiguration}.
 */
class AtlasSchemaEndpointAutoConfigurationTests {

	// SpringApplication's conversion service, which binds "none" to Access.NONE
	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getEnvironment().setConversionService(new ApplicationConversionService()))
		.withConfiguration(
				AutoConfigurations.of(AtlasSchemaAutoConfiguration.class, AtlasSchemaEndpointAutoConfiguration.class));

	@Test
	void runShouldHaveEndpointBean() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=atlasschema")
			.run((context) -> assertThat(context).hasSingleBean(AtlasSchemaEndpoint.class));
	}

	@Test
	void runShouldHaveWebExtensionBean() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=atlasschema")
			.run((context) -> assertThat(context).hasSingleBean(AtlasSchemaEndpointWebExtension.class));
	}

	@Test
	void runWhenExposedOverJmxShouldHaveEndpointBean() {
		this.contextRunner
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=atlasschema")
			.run((context) -> assertThat(context).hasSingleBean(AtlasSchemaEndpoint.class));
	}

	@Test
	void runWhenExposedOnlyOverJmxShouldNotHaveWebExtensionBean() {
		this.contextRunner
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=atlasschema")
			.run((context) -> assertThat(context).hasSingleBean(AtlasSchemaEndpoint.class)
				.doesNotHaveBean(AtlasSchemaEndpointWebExtension.class));
	}

	@Test
	void runWhenNotExposedShouldNotHaveEndpointBean() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AtlasSchemaEndpoint.class));
	}

	@Test
	void runWhenAccessNoneShouldNotHaveEndpointBean() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=atlasschema",
					"management.endpoint.atlasschema.access=none")
			.run((context) -> assertThat(context).doesNotHaveBean(AtlasSchemaEndpoint.class));
	}

	@Test
	void runWithoutActuatorShouldNotHaveEndpointBean() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.withPropertyValues("management.endpoints.web.exposure.include=atlasschema")
			.run((context) -> assertThat(context).doesNotHaveBean(AtlasSchemaEndpoint.class));
	}

	@Test
	void runWithoutActuatorShouldHaveAtlasSchemaBean() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasSingleBean(AtlasSchema.class));
	}

}
