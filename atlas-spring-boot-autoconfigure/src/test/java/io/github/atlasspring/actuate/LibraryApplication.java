package io.github.atlasspring.actuate;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;

import io.github.atlasspring.actuate.library.Book;

/**
 * A JPA application on H2 with one persistence unit, named {@code entityManagerFactory}
 * after its bean. Spring Security is on the test class path: it is left out here so that
 * the endpoint answers without credentials.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class })
@EntityScan(basePackageClasses = Book.class)
class LibraryApplication {

	static final String UNIT = "entityManagerFactory";

}
