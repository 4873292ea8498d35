package io.github.atlasspring.sample;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.atlasspring.jpa.AtlasSchema;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;

/**
 * The schema the entities expect on the databases the application runs on, kept in files
 * so that a change to it shows up in code review. After changing an entity, run the tests
 * with {@code -Datlas.snapshot.update=true} and commit the files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SchemaSnapshotTests {

	@Autowired
	private AtlasSchema schema;

	@Test
	void postgresSchemaMatchesSnapshot() {
		assertThat(this.schema.script("postgres", "16"))
			.matchesSnapshot(Path.of("src/test/resources/schema/postgres-16.sql"));
	}

	@Test
	void mariadbSchemaMatchesSnapshot() {
		assertThat(this.schema.script("mariadb", "10.11"))
			.matchesSnapshot(Path.of("src/test/resources/schema/mariadb-10.11.sql"));
	}

}
