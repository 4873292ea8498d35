package io.github.atlasspring.actuate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Runs the {@link LibraryApplication} on a random port with the endpoint exposed over
 * HTTP and JMX, knowing its entities' sources, and with {@link CountingConfiguration
 * counting} exporter and data source. Test classes annotated with it share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = { LibraryApplication.class, CountingConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=atlasschema", "spring.jmx.enabled=true",
				"management.endpoints.jmx.exposure.include=atlasschema", "atlas.source-roots=src/test/java" })
@interface LibraryIntegrationTest {

}
