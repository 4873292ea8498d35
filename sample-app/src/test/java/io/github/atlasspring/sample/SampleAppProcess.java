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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		ProcessBuilder builder = processBuilder(args);
		try {
			Path stdout = Files.createTempFile("sample-app", ".stdout");
			Path stderr = Files.createTempFile("sample-app", ".stderr");
			try {
				builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
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
			throw new IllegalStateException("Cannot run " + builder.command(), ex);
		}
	}

	/**
	 * Start the application without waiting for it to end.
	 * @param args the application's arguments
	 * @return the running application, to be closed by the caller
	 */
	static Running start(String... args) {
		ProcessBuilder builder = processBuilder(args);
		try {
			Path log = Files.createTempFile("sample-app", ".log");
			builder.redirectErrorStream(true).redirectOutput(log.toFile());
			return new Running(builder.start(), log);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + builder.command(), ex);
		}
	}

	/**
	 * Return a builder for the jar with the given arguments, reading nothing and seeing
	 * none of the test run's own Atlas or Spring configuration.
	 */
	private static ProcessBuilder processBuilder(String... args) {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-jar", jar()));
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(new File(nullDevice()));
		builder.environment().keySet().removeIf(SampleAppProcess::isConfiguration);
		return builder;
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

	/**
	 * Return where the sample application's Java sources are.
	 */
	static Path sources() {
		return Path.of(System.getProperty("sample-app.sources", "src/main/java")).toAbsolutePath().normalize();
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
	 * A sample application that runs until it is closed.
	 */
	static final class Running implements AutoCloseable {

		private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

		private final Process process;

		private final Path log;

		Running(Process process, Path log) {
			this.process = process;
			this.log = log;
		}

		/**
		 * Wait until the application serves HTTP and return its port.
		 * @return the port
		 */
		int awaitPort() throws IOException, InterruptedException {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				Matcher matcher = STARTED.matcher(log());
				if (matcher.find() && log().contains("Started SampleApplication")) {
					return Integer.parseInt(matcher.group(1));
				}
				if (!this.process.isAlive()) {
					throw new AssertionError("The application exited with " + this.process.exitValue() + "\n" + log());
				}
				Thread.sleep(200);
			}
			throw new AssertionError("The application did not start within " + TIMEOUT + "\n" + log());
		}

		String log() throws IOException {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}

		@Override
		public void close() throws IOException, InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
			Files.deleteIfExists(this.log);
		}

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

		/**
		 * Return the position directives at the top of standard output.
		 */
		List<String> directives() {
			return stdout().lines().takeWhile((line) -> line.startsWith("-- atlas:pos ")).toList();
		}

		/**
		 * Return the statements, one a line, after the directives and the blank line that
		 * ends them.
		 */
		List<String> statements() {
			List<String> lines = stdoutLines();
			int directives = directives().size();
			return (directives > 0) ? lines.subList(directives + 1, lines.size()) : lines;
		}

		String lastStderrLine() {
			List<String> lines = this.stderr.lines().toList();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

	}

}
