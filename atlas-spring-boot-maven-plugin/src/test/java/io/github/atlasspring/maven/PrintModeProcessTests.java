package io.github.atlasspring.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.tools.JavaExecutable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrintModeProcess}, running {@link FakePrintMode} as a process.
 */
class PrintModeProcessTests {

	@TempDir
	Path workingDirectory;

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

	@Test
	void keepsStandardOutputByteForByte() throws Exception {
		PrintModeResult result = run("print");
		assertThat(result.exitCode()).isZero();
		assertThat(result.standardOutput()).isEqualTo(FakePrintMode.DDL);
		assertThat(result.printed()).isTrue();
	}

	@Test
	void forwardsStandardErrorAndKeepsItOutOfTheDdl() throws Exception {
		PrintModeResult result = run("print");
		assertThat(this.errors.toString(StandardCharsets.UTF_8)).isEqualTo("log line" + System.lineSeparator());
		assertThat(new String(result.standardOutput(), StandardCharsets.UTF_8)).doesNotContain("log line");
	}

	@Test
	void reportsTheExitCodeAndTheErrorLine() throws Exception {
		PrintModeResult result = run("fail");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.standardOutput()).isEmpty();
		assertThat(result.errorLine()).isEqualTo("atlas: error: Unknown dialect 'nosuch'");
	}

	@Test
	void runsInTheWorkingDirectoryWithTheArgumentsUnchanged() throws Exception {
		PrintModeResult result = run("echo", "--atlas.dialect=postgres", "two words", "");
		assertThat(new String(result.standardOutput(), StandardCharsets.UTF_8).lines()).containsExactly(
				this.workingDirectory.toRealPath().toString(), "--atlas.dialect=postgres", "two words", "");
	}

	private PrintModeResult run(String... arguments) throws Exception {
		PrintModeCommand command = new PrintModeCommand(new JavaExecutable().toString(), List.of(),
				List.of(testClasses()), FakePrintMode.class.getName(), new ArrayList<>(List.of(arguments)));
		return new PrintModeProcess(this.workingDirectory.toFile(), new PrintStream(this.errors, true)).run(command);
	}

	private static File testClasses() throws URISyntaxException {
		return new File(FakePrintMode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

}
