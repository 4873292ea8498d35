package io.github.atlasspring.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Print mode on Java 25, whose {@code Runtime.exit} logs a stack trace when
 * {@code java.lang.Runtime}'s logger is at debug level: here through a
 * {@code java.util.logging} configuration at that level, bridged to the hostile
 * application's logback at debug level.
 */
class PrintModeOnJava25IT {

	private static final Path JAVA_25 = Path
		.of(System.getProperty("atlas.test.java25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));

	@TempDir
	Path temp;

	@Test
	void exitsWithoutLoggingAStackTrace() throws IOException {
		assumeThat(Files.isExecutable(JAVA_25.resolve("bin").resolve("java")))
			.as("Java 25 is not installed at %s (set atlas.test.java25.home)", JAVA_25)
			.isTrue();
		Path julConfiguration = Files.writeString(this.temp.resolve("logging.properties"), ".level=FINE\n");
		Result run = HostileApp.JAR.withJavaHome(JAVA_25)
			.withJvmOptions("-Djava.util.logging.config.file=" + julConfiguration)
			.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema", "--atlas.dialect=postgres",
					"--atlas.persistence-unit=orders"));
		assertThat(run.exitCode()).as(run::toString).isZero();
		assertThat(run.stderr()).as("the application logs at debug level")
			.contains("DEBUG")
			.doesNotContain("Runtime.exit");
		assertThat(run.lastStderrLine()).startsWith("atlas: printed ");
	}

}
