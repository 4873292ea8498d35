package io.github.atlasspring.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for {@code --atlas.prepare-fast-path} on the packaged sample
 * application: the program it prints prints the same bytes as {@code java -jar}, also
 * once its archive is stale or gone, and fails once the jar it was prepared from changed.
 */
@TestMethodOrder(OrderAnnotation.class)
class FastPathIT {

	private static final Pattern ELEMENT = Pattern.compile("^  \"((?:[^\"\\\\]|\\\\.)*)\",$");

	private static final String[] OPTIONS = { "--atlas.dialect=postgres", "--atlas.dialect-version=16" };

	@TempDir
	static Path temp;

	private static List<String> program;

	private static Result plain;

	@Test
	@Order(1)
	void preparedProgramPrintsTheSameBytesAsJavaJar() {
		Path directory = temp.resolve("fast path");
		Result prepared = SampleAppProcess.run("--atlas.prepare-fast-path=" + directory, OPTIONS[0], OPTIONS[1]);
		assertThat(prepared.exitCode()).as(prepared::toString).isZero();
		assertThat(prepared.lastStderrLine()).startsWith("atlas: prepared the fast path in " + directory)
			.contains("--atlas.prepare-fast-path=" + directory + " again");
		program = program(prepared.stdout());
		assertThat(program).contains("-XX:TieredStopAtLevel=1", "-jar", directory.resolve("sample-app.jar").toString(),
				"--atlas.print-schema", OPTIONS[0], OPTIONS[1]);
		assertThat(program).anyMatch((element) -> element.startsWith("-XX:SharedArchiveFile=" + directory)
				|| element.startsWith("-XX:AOTCache=" + directory));
		assertThat(archive()).isRegularFile();
		Result fast = JarProcess.ofCommand(program).run();
		assertThat(fast.exitCode()).as(fast::toString).isZero();
		assertThat(fast.stdoutBytes()).isNotEmpty().isEqualTo(plain().stdoutBytes());
	}

	@Test
	@Order(2)
	void staleArchiveOnlyMakesItSlower() throws IOException {
		Path jar = Path.of(program.get(program.indexOf("-jar") + 1));
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		Result rebuilt = JarProcess.ofCommand(program).run();
		assertThat(rebuilt.exitCode()).as(rebuilt::toString).isZero();
		assertThat(rebuilt.stdoutBytes()).isEqualTo(plain().stdoutBytes());
		Files.write(archive(), "not an archive".getBytes());
		Result garbage = JarProcess.ofCommand(program).run();
		assertThat(garbage.exitCode()).as(garbage::toString).isZero();
		assertThat(garbage.stdoutBytes()).isEqualTo(plain().stdoutBytes());
		Files.delete(archive());
		Result missing = JarProcess.ofCommand(program).run();
		assertThat(missing.exitCode()).as(missing::toString).isZero();
		assertThat(missing.stdoutBytes()).isEqualTo(plain().stdoutBytes());
	}

	@Test
	@Order(3)
	void extractedJarCannotPrepareAgain() {
		Path extracted = Path.of(program.get(program.indexOf("-jar") + 1));
		Path directory = temp.resolve("from extracted");
		Result refused = JarProcess.of(extracted).run("--atlas.prepare-fast-path=" + directory);
		assertThat(refused.exitCode()).as(refused::toString).isEqualTo(2);
		assertThat(refused.stdoutBytes()).isEmpty();
		assertThat(refused.lastStderrLine()).startsWith("atlas: error: --atlas.prepare-fast-path needs the packaged");
		assertThat(directory).doesNotExist();
	}

	@Test
	void fastPathOlderThanItsJarFailsInsteadOfPrintingTheOldSchema() throws IOException {
		Path jar = Files.copy(Path.of(System.getProperty("sample-app.jar", "target/sample-app.jar")),
				Files.createDirectories(temp.resolve("rebuilt")).resolve("sample-app.jar"));
		Path directory = temp.resolve("rebuilt/.atlas");
		Result prepared = JarProcess.of(jar).run("--atlas.prepare-fast-path=" + directory, OPTIONS[0]);
		assertThat(prepared.exitCode()).as(prepared::toString).isZero();
		List<String> fastProgram = program(prepared.stdout());
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		Result stale = JarProcess.ofCommand(fastProgram).run();
		assertThat(stale.exitCode()).as(stale::toString).isEqualTo(2);
		assertThat(stale.stdoutBytes()).isEmpty();
		assertThat(stale.lastStderrLine()).isEqualTo("atlas: error: " + jar + " changed since the fast path in "
				+ directory + " was prepared from it, which would print the schema of the old build: run java -jar "
				+ jar + " --atlas.prepare-fast-path=" + directory + " again");
		Files.delete(jar);
		Result gone = JarProcess.ofCommand(fastProgram).run();
		assertThat(gone.exitCode()).as(gone::toString).isEqualTo(2);
		assertThat(gone.stdoutBytes()).isEmpty();
		assertThat(gone.lastStderrLine()).startsWith("atlas: error: " + jar + " is gone since the fast path");
	}

	@Test
	void directoryOfOtherFilesIsRefusedAndLeftAlone() throws IOException {
		Path parent = Files.createDirectories(temp.resolve("refused"));
		Path directory = Files.createDirectories(parent.resolve("src"));
		Files.writeString(directory.resolve("keep.txt"), "mine");
		Result refused = SampleAppProcess.run("--atlas.prepare-fast-path=" + directory);
		assertThat(refused.exitCode()).as(refused::toString).isEqualTo(2);
		assertThat(refused.stdoutBytes()).isEmpty();
		assertThat(refused.lastStderrLine()).startsWith("atlas: error: --atlas.prepare-fast-path=" + directory)
			.contains("not empty");
		try (Stream<Path> left = Files.walk(parent)) {
			assertThat(left).containsExactlyInAnyOrder(parent, directory, directory.resolve("keep.txt"));
		}
	}

	private static Path archive() {
		String option = program.stream()
			.filter((element) -> element.startsWith("-XX:SharedArchiveFile=") || element.startsWith("-XX:AOTCache="))
			.findFirst()
			.orElseThrow();
		return Path.of(option.substring(option.indexOf('=') + 1));
	}

	private static Result plain() {
		if (plain == null) {
			plain = SampleAppProcess.run("--atlas.print-schema", OPTIONS[0], OPTIONS[1]);
			assertThat(plain.exitCode()).as(plain::toString).isZero();
		}
		return plain;
	}

	/**
	 * Read the printed {@code program = [...]} attribute back into its elements.
	 */
	private static List<String> program(String hcl) {
		List<String> lines = hcl.lines().toList();
		assertThat(lines.get(0)).isEqualTo("program = [");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("]");
		return lines.subList(1, lines.size() - 1).stream().map((line) -> {
			Matcher element = ELEMENT.matcher(line);
			assertThat(element.matches()).as(line).isTrue();
			return element.group(1).replaceAll("\\\\(.)", "$1").replace("$${", "${").replace("%%{", "%{");
		}).toList();
	}

}
