package io.github.atlasspring.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged sample application as a process of its own.
 */
final class SampleAppProcess {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private SampleAppProcess() {
	}

	static Result run(String... args) {
		return run(Map.of(), args);
	}

	static Result run(Map<String, String> environment, String... args) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-jar", jar()));
		command.addAll(Arrays.asList(args));
		try {
			Path stdout = Files.createTempFile("sample-app", ".stdout");
			Path stderr = Files.createTempFile("sample-app", ".stderr");
			try {
				ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
					.redirectError(stderr.toFile())
					.redirectInput(new File(nullDevice()));
				builder.environment().keySet().removeIf(SampleAppProcess::isConfiguration);
				builder.environment().putAll(environment);
				long start = System.nanoTime();
				int exitCode = await(builder.start(), stderr);
				Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
				return new Result(exitCode, Files.readAllBytes(stdout),
						new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8), elapsed);
			}
			finally {
				Files.deleteIfExists(stdout);
				Files.deleteIfExists(stderr);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + command, ex);
		}
	}

	private static int await(Process process, Path stderr) throws IOException {
		try {
			if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("Timed out after " + TIMEOUT + "\n" + Files.readString(stderr));
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static boolean isConfiguration(String environmentVariable) {
		return environmentVariable.startsWith("ATLAS_") || environmentVariable.startsWith("SPRING_");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String jar() {
		Path jar = Path.of(System.getProperty("sample-app.jar", "target/sample-app.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: package the sample app first");
		}
		return jar.toString();
	}

	private static String nullDevice() {
		return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
	}

	/**
	 * What a run of the sample application gave.
	 *
	 * @param exitCode the exit code
	 * @param stdoutBytes what it wrote to standard output
	 * @param stderr what it wrote to standard error
	 * @param elapsed how long it ran
	 */
	record Result(int exitCode, byte[] stdoutBytes, String stderr, Duration elapsed) {

		String stdout() {
			return new String(this.stdoutBytes, StandardCharsets.UTF_8);
		}

		List<String> stdoutLines() {
			return stdout().lines().toList();
		}

		String lastStderrLine() {
			List<String> lines = this.stderr.lines().toList();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

	}

}
