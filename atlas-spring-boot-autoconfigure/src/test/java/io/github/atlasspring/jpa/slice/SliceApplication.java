package io.github.atlasspring.jpa.slice;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

import io.github.atlasspring.schema.entities.Customer;

/**
 * An application whose tests run in the {@code @DataJpaTest} slice.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Customer.class)
class SliceApplication {

}
