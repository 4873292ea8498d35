package io.github.atlasspring.migrating;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application that migrates and writes to its database with beans of its own: each
 * profile holds one shape that such applications take. Print mode must print its schema
 * without a single connection in every profile.
 * <ul>
 * <li>{@code liquibase}: its own Liquibase bean, which opens a connection as it starts
 * and migrates in the background;</li>
 * <li>{@code flyway}: its own Flyway bean and migration initializer;</li>
 * <li>{@code startup-audit}: a bean that the {@code EntityManagerFactory} depends on and
 * that records each start-up in the database;</li>
 * <li>{@code connecting-input}: a bean the {@code EntityManagerFactory} is built from,
 * which asks the database for its version.</li>
 * </ul>
 */
@SpringBootApplication
public class MigratingApplication {

	public static void main(String[] args) {
		SpringApplication.run(MigratingApplication.class, args);
	}

}
