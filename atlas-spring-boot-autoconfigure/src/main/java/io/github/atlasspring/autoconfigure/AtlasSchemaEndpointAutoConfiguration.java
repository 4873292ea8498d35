package io.github.atlasspring.autoconfigure;

import io.github.atlasspring.actuate.AtlasSchemaEndpoint;
import io.github.atlasspring.actuate.AtlasSchemaEndpointWebExtension;
import io.github.atlasspring.jpa.AtlasSchema;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@link AtlasSchemaEndpoint}.
 */
@AutoConfiguration(after = AtlasSchemaAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(AtlasSchemaEndpoint.class)
public final class AtlasSchemaEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AtlasSchema.class)
	AtlasSchemaEndpoint atlasSchemaEndpoint(AtlasSchema schema) {
		return new AtlasSchemaEndpoint(schema);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AtlasSchemaEndpoint.class)
	@ConditionalOnClass(EndpointWebExtension.class)
	AtlasSchemaEndpointWebExtension atlasSchemaEndpointWebExtension(AtlasSchemaEndpoint endpoint) {
		return new AtlasSchemaEndpointWebExtension(endpoint);
	}

}
