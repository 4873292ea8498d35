package io.github.atlasspring.autoconfigure;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.function.SingletonSupplier;

import io.github.atlasspring.actuate.AtlasSchemaEndpoint;
import io.github.atlasspring.actuate.AtlasSchemaEndpointWebExtension;
import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.schema.SourcePositions;

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
	AtlasSchemaEndpoint atlasSchemaEndpoint(AtlasSchema schema, AtlasProperties properties) {
		List<String> roots = properties.getSourceRoots();
		return new AtlasSchemaEndpoint(schema, SingletonSupplier.of(() -> (roots != null)
				? SourcePositions.scan(roots.stream().map(Path::of).toList()) : SourcePositions.none()));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AtlasSchemaEndpoint.class)
	@ConditionalOnAvailableEndpoint(exposure = EndpointExposure.WEB)
	AtlasSchemaEndpointWebExtension atlasSchemaEndpointWebExtension(AtlasSchemaEndpoint endpoint) {
		return new AtlasSchemaEndpointWebExtension(endpoint);
	}

}
