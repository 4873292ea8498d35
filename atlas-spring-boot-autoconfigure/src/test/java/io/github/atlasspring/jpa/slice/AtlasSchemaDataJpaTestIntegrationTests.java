package io.github.atlasspring.jpa.slice;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.schema.SchemaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AtlasSchema} in the {@code @DataJpaTest} slice.
 */
@DataJpaTest
class AtlasSchemaDataJpaTestIntegrationTests {

	@Autowired
	private AtlasSchema schema;

	@Autowired
	private DataSource dataSource;

	@Test
	void servesScriptOfTheDatabaseTheSliceRunsOn() throws SQLException {
		assertThat(this.schema.persistenceUnitNames()).containsExactly("entityManagerFactory");
		SchemaScript script = this.schema.script();
		assertThat(script.dialect().canonicalName()).isEqualTo("h2");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith(script.version() + " ");
		}
	}

	@Test
	void servesScriptForAnotherDatabase() {
		assertThat(this.schema.script("postgres", "16").statements())
			.contains("create sequence customer_seq start with 1 increment by 50;");
	}

}
