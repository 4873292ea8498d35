package io.github.atlasspring.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a packaged application as a process of its own, as Atlas or a person would: with
 * {@code java -jar}, reading nothing on standard input and seeing none of the test run's
 * own {@code ATLAS_*} or {@code SPRING_*} environment.
 */
public final class JarProcess {

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private final List<String> program;

	private final Path java;

	private final List<String> jvmOptions;

	private final Map<String, String> environment;

	private JarProcess(List<String> program, Path java, List<String> jvmOptions, Map<String, String> environment) {
		this.program = List.copyOf(program);
		this.java = java;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.environment = Map.copyOf(environment);
	}

	/**
	 * Return a runner for a jar, run by the Java that runs the tests with the C1 compiler
	 * only (the tests' start-ups are short).
	 * @param jar the jar
	 * @return the runner
	 */
	public static JarProcess of(Path jar) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: package the application first");
		}
		return new JarProcess(List.of("-jar", jar.toString()), Path.of(System.getProperty("java.home"), "bin", "java"),
				List.of("-XX:TieredStopAtLevel=1"), Map.of());
	}

	/**
	 * Return a runner for a main class on the class path of the tests themselves, run as
	 * {@link #of(Path)} runs a jar.
	 * @param mainClass the main class
	 * @return the runner
	 */
	public static JarProcess ofMainClass(Class<?> mainClass) {
		return new JarProcess(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()),
				Path.of(System.getProperty("java.home"), "bin", "java"), List.of("-XX:TieredStopAtLevel=1"), Map.of());
	}

	/**
	 * Return a runner for a whole command line, such as the {@code program} of an
	 * {@code atlas.hcl}: the Java launcher and all its arguments, with no options added.
	 * @param command the launcher and its arguments
	 * @return the runner
	 */
	public static JarProcess ofCommand(List<String> command) {
		return new JarProcess(command.subList(1, command.size()), Path.of(command.get(0)), List.of(), Map.of());
	}

	/**
	 * Return a runner that uses another Java installation.
	 * @param javaHome the installation
	 * @return the runner
	 */
	public JarProcess withJavaHome(Path javaHome) {
		return new JarProcess(this.program, javaHome.resolve("bin").resolve("java"), this.jvmOptions, this.environment);
	}

	/**
	 * Return a runner that adds options to the JVM's command line.
	 * @param options the options
	 * @return the runner
	 */
	public JarProcess withJvmOptions(String... options) {
		List<String> merged = new ArrayList<>(this.jvmOptions);
		merged.addAll(Arrays.asList(options));
		return new JarProcess(this.program, this.java, merged, this.environment);
	}

	/**
	 * Return a runner that adds environment variables.
	 * @param variables the variables
	 * @return the runner
	 */
	public JarProcess withEnvironment(Map<String, String> variables) {
		Map<String, String> merged = new HashMap<>(this.environment);
		merged.putAll(variables);
		return new JarProcess(this.program, this.java, this.jvmOptions, merged);
	}

	/**
	 * Run the application to its end.
	 * @param args its arguments
	 * @return what it gave
	 */
	public Result run(List<String> args) {
		return run(args.toArray(String[]::new));
	}

	/**
	 * Run the application to its end.
	 * @param args its arguments
	 * @return what it gave
	 */
	public Result run(String... args) {
		ProcessBuilder builder = processBuilder(args);
		try {
			Path stdout = Files.createTempFile("app", ".stdout");
			Path stderr = Files.createTempFile("app", ".stderr");
			try {
				builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
				long start = System.nanoTime();
				int exitCode = await(builder.start(), stderr);
				Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
				return new Result(exitCode, Files.readAllBytes(stdout), Files.readString(stderr), elapsed);
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
	 * @param args its arguments
	 * @return the running application, to be closed by the caller
	 */
	public Running start(String... args) {
		ProcessBuilder builder = processBuilder(args);
		try {
			Path log = Files.createTempFile("app", ".log");
			builder.redirectErrorStream(true).redirectOutput(log.toFile());
			return new Running(builder.start(), log);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + builder.command(), ex);
		}
	}

	private ProcessBuilder processBuilder(String... args) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(this.jvmOptions);
		command.addAll(this.program);
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectInput(new File(nullDevice()));
		builder.environment().keySet().removeIf((name) -> name.startsWith("ATLAS_") || name.startsWith("SPRING_"));
		builder.environment().putAll(this.environment);
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

	private static String nullDevice() {
		return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
	}

	/**
	 * What a run gave.
	 *
	 * @param exitCode the exit code
	 * @param stdoutBytes what it wrote to standard output
	 * @param stderr what it wrote to standard error
	 * @param elapsed how long it ran
	 */
	public record Result(int exitCode, byte[] stdoutBytes, String stderr, Duration elapsed) {

		/**
		 * Return standard output as UTF-8 text.
		 * @return the text
		 */
		public String stdout() {
			return new String(this.stdoutBytes, StandardCharsets.UTF_8);
		}

		/**
		 * Return the lines of standard output.
		 * @return the lines
		 */
		public List<String> stdoutLines() {
			return stdout().lines().toList();
		}

		/**
		 * Return the position directives print mode writes at the top of standard output.
		 * @return the {@code -- atlas:pos} lines, in order
		 */
		public List<String> directives() {
			return stdoutLines().stream().takeWhile((line) -> line.startsWith("-- atlas:pos ")).toList();
		}

		/**
		 * Return the statements on standard output, one a line, after the position
		 * directives and the blank line that ends them.
		 * @return the statement lines
		 */
		public List<String> statements() {
			List<String> lines = stdoutLines();
			int directives = directives().size();
			return (directives > 0) ? lines.subList(directives + 1, lines.size()) : lines;
		}

		/**
		 * Return the last line of standard error.
		 * @return the line, or an empty string
		 */
		public String lastStderrLine() {
			List<String> lines = this.stderr.lines().toList();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

		@Override
		public String toString() {
			String tail = (this.stderr.length() > 4000) ? this.stderr.substring(this.stderr.length() - 4000)
					: this.stderr;
			return "exit " + this.exitCode + " after " + this.elapsed + "\n--- stdout ---\n" + stdout()
					+ "\n--- stderr (end) ---\n" + tail;
		}

	}

	/**
	 * An application that runs until it is closed, its standard output and error merged
	 * into one log.
	 */
	public static final class Running implements AutoCloseable {

		private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

		private final Process process;

		private final Path log;

		Running(Process process, Path log) {
			this.process = process;
			this.log = log;
		}

		/**
		 * Wait until the application serves HTTP and return its port.
		 * @param startedLine a line the log holds once the application has started
		 * @return the port
		 * @throws IOException if the log cannot be read
		 * @throws InterruptedException if interrupted while waiting
		 */
		public int awaitPort(String startedLine) throws IOException, InterruptedException {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				Matcher matcher = PORT.matcher(log());
				if (matcher.find() && log().contains(startedLine)) {
					return Integer.parseInt(matcher.group(1));
				}
				if (!this.process.isAlive()) {
					throw new AssertionError("The application exited with " + this.process.exitValue() + "\n" + log());
				}
				Thread.sleep(200);
			}
			throw new AssertionError("The application did not start within " + TIMEOUT + "\n" + log());
		}

		/**
		 * Wait until the application's log holds a text, or it exits, or a timeout.
		 * @param text the text
		 * @return the log at that moment
		 * @throws IOException if the log cannot be read
		 * @throws InterruptedException if interrupted while waiting
		 */
		public String awaitLog(String text) throws IOException, InterruptedException {
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (!log().contains(text) && this.process.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			return log();
		}

		/**
		 * Return what the application has logged so far.
		 * @return the log
		 * @throws IOException if it cannot be read
		 */
		public String log() throws IOException {
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

}
