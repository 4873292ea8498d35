package io.github.atlasspring.it;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * The application a test model boots in: auto-configuration alone, with the entity
 * packages that {@link ModelApplication} registers.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
class SchemaTestApplication {

}
