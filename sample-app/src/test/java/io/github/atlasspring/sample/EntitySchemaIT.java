package io.github.atlasspring.sample;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SourcePositions;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that export the sample application's entities with script mode's
 * {@link EntitySchema}, in this JVM on the Spring Boot line the sample is built with, and
 * compare the DDL with what print mode prints from the packaged application.
 */
class EntitySchemaIT {

	@Test
	void entitySchemaOfTheApplicationsPackageEqualsPrintMode() {
		Path sources = SampleAppProcess.sources();
		Result printed = SampleAppProcess.run("--atlas.print-schema", "--atlas.dialect=postgres",
				"--atlas.dialect-version=16", "--atlas.source-roots=" + sources);
		assertThat(printed.exitCode()).as(printed.stderr()).isZero();
		SchemaScript script = EntitySchema.ofPackages(SampleApplication.class.getPackageName())
			.script("postgres", "16");
		assertThat(SourcePositions.scan(List.of(sources)).toSql(script)).isEqualTo(printed.stdout());
	}

}
