package io.github.atlasspring.sample;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.TestDatabase;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;

/**
 * The migrations create the schema the entities expect on a real MariaDB: a fresh
 * database on the server {@code ATLAS_TEST_MARIADB_URL} names, else in a container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnabledIf(value = "serverAvailable", disabledReason = "no MariaDB: set ATLAS_TEST_MARIADB_URL or start Docker")
class MariadbSchemaDriftTests {

	private static TestDatabase database;

	@Autowired
	private AtlasSchema schema;

	@Autowired
	private DataSource dataSource;

	static boolean serverAvailable() {
		return DatabaseServer.MARIADB.isAvailable();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = DatabaseServer.MARIADB.createDatabase("sample_drift");
		registry.add("spring.datasource.url", database.login()::url);
		registry.add("spring.datasource.username", database.login()::username);
		registry.add("spring.datasource.password", database.login()::password);
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Test
	void migrationsCreateTheSchemaTheEntitiesExpect() {
		assertThat(this.schema.script()).matchesDatabase(this.dataSource);
	}

}
