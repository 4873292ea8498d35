package io.github.atlasspring.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged hostile application as a separate process.
 */
final class HostileApp {

	static final Duration TIMEOUT = Duration.ofSeconds(90);

	private static final Path JAR = Path.of("target", "hostile-app.jar");

	static final String[] NOTHING_LISTENING = { "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/x",
			"--hostile.orders.url=jdbc:postgresql://127.0.0.1:1/x" };

	private HostileApp() {
	}

	static Run run(List<String> args) {
		return run(args.toArray(String[]::new));
	}

	static Run run(String... args) {
		Process process = start(args);
		Output stdout = Output.of(process.getInputStream());
		Output stderr = Output.of(process.getErrorStream());
		long started = System.nanoTime();
		try {
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("The application did not exit within " + TIMEOUT + "; stderr:\n" + stderr.text());
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			return new Run(process.exitValue(), stdout.text(), stderr.text(), elapsed);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
	}

	static Process start(String... args) {
		assertThat(JAR).as("the packaged application (run 'mvn verify')").isRegularFile();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-jar");
		command.add(JAR.toString());
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf((name) -> name.startsWith("ATLAS_") || name.startsWith("SPRING_"));
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String[] concat(String[] first, String... more) {
		String[] all = Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	static String lastLine(String text) {
		String[] lines = text.strip().split("\n");
		return lines[lines.length - 1];
	}

	/**
	 * A finished run.
	 */
	record Run(int exitCode, String stdout, String stderr, Duration elapsed) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + " after " + this.elapsed + "\n--- stdout ---\n" + this.stdout
					+ "\n--- stderr (end) ---\n" + tail(this.stderr);
		}

		private static String tail(String text) {
			return (text.length() > 4000) ? text.substring(text.length() - 4000) : text;
		}

	}

	/**
	 * Collects a stream on its own thread so the process never blocks on a full pipe.
	 */
	static final class Output {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final Thread thread;

		private Output(InputStream stream) {
			this.thread = new Thread(() -> {
				try (stream) {
					stream.transferTo(this.bytes);
				}
				catch (IOException ex) {
					// the process has gone
				}
			}, "hostile-app-output");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		static Output of(InputStream stream) {
			return new Output(stream);
		}

		String snapshot() {
			return this.bytes.toString(StandardCharsets.UTF_8);
		}

		String text() {
			try {
				this.thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return snapshot();
		}

	}

}
