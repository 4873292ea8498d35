package io.github.atlasspring.sample;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.atlasspring.jpa.AtlasSchema;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;

/**
 * The migrations, which Flyway runs as the test context starts, create the schema the
 * entities expect, on the embedded database the application runs on by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SchemaDriftTests {

	@Autowired
	private AtlasSchema schema;

	@Autowired
	private DataSource dataSource;

	@Test
	void migrationsCreateTheSchemaTheEntitiesExpect() {
		assertThat(this.schema.script()).matchesDatabase(this.dataSource);
	}

}
