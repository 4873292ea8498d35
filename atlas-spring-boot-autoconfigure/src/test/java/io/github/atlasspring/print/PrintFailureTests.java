package io.github.atlasspring.print;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;

import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Option;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintFailure}.
 */
class PrintFailureTests {

	@Test
	void invalidOptionExitsWithTwoNamingFlag() {
		PrintFailure failure = PrintFailure.of(new BeanCreationException("atlasPrintSchemaPostProcessor", "failed",
				SchemaExportException.invalidOption(Option.DIALECT, "Unknown dialect 'nosuch': use {option}")));
		assertThat(failure.status()).isEqualTo(ExitStatus.INVALID_OPTION);
		assertThat(failure.message()).isEqualTo("Unknown dialect 'nosuch': use --atlas.dialect");
		assertThat(failure.unexpected()).isFalse();
	}

	@Test
	void noEntitiesExitsWithThree() {
		assertThat(PrintFailure.of(SchemaExportException.noEntities("nothing")).status())
			.isEqualTo(ExitStatus.NO_ENTITIES);
	}

	@Test
	void refusedConnectionExitsWithFiveNamingBeanThatAsked() {
		RefusedConnectionException refusal = new RefusedConnectionException("data source 'dataSource'");
		BeanCreationException asker = new BeanCreationException("versionCustomizer", "Invocation of init method failed",
				new IllegalStateException("Cannot read the database version", refusal));
		PrintFailure failure = PrintFailure
			.of(new UnsatisfiedDependencyException(null, "entityManagerFactory", "jpaVendorAdapter", asker));
		assertThat(failure.status()).isEqualTo(ExitStatus.CONNECTION_REFUSED);
		assertThat(failure.message())
			.startsWith("Bean 'versionCustomizer' asked data source 'dataSource' for a "
					+ "connection while the application started, and print mode never connects to a database")
			.contains("@ConditionalOnProperty(name = \"atlas.print-schema\", havingValue = \"false\"")
			.doesNotContain("\n");
		assertThat(failure.unexpected()).isFalse();
	}

	@Test
	void refusedConnectionOutsideBeanCreationSaysABean() {
		PrintFailure failure = PrintFailure.of(new IllegalStateException(new RefusedConnectionException("x")));
		assertThat(failure.message()).startsWith("A bean asked x for a connection");
	}

	@Test
	void otherFailureExitsWithOneNamingRootCauseOnOneLine() {
		PrintFailure failure = PrintFailure
			.of(new BeanCreationException("dataSource", "failed", new IllegalStateException("boom\nagain")));
		assertThat(failure.status()).isEqualTo(ExitStatus.STARTUP_FAILED);
		assertThat(failure.message())
			.isEqualTo("The application failed to start in print mode: IllegalStateException: boom again");
		assertThat(failure.unexpected()).isTrue();
	}

}
