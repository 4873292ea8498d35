package io.github.atlasspring.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintModeCommand}.
 */
class PrintModeCommandTests {

	@Test
	void putsTheUsersJvmArgumentsAfterTheDefaultsAndTheClassPathInTheArgumentFile() {
		PrintModeCommand command = new PrintModeCommand("/jdk/bin/java", List.of("-Xmx256m"),
				List.of(new File("/app/classes")), "com.example.App", List.of("--atlas.print-schema"));
		assertThat(command.commandLine(Path.of("/tmp/cp.args"))).containsExactly("/jdk/bin/java",
				"-XX:TieredStopAtLevel=1", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xmx256m", "@/tmp/cp.args",
				"com.example.App", "--atlas.print-schema");
	}

	@Test
	void argumentFileJoinsTheClassPathInOrder() {
		PrintModeCommand command = new PrintModeCommand("java", List.of(),
				List.of(new File("/app/classes"), new File("/repo/a.jar")), "App", List.of());
		assertThat(command.argumentFileContent())
			.isEqualTo("-cp \"/app/classes" + File.pathSeparator + "/repo/a.jar\"\n");
	}

	@Test
	void argumentFileEscapesBackslashesAndQuotes() {
		PrintModeCommand command = new PrintModeCommand("java", List.of(), List.of(new File("/odd\\dir\"x")), "App",
				List.of());
		assertThat(command.argumentFileContent()).isEqualTo("-cp \"/odd\\\\dir\\\"x\"\n");
	}

}
