package io.github.atlasspring.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures a server's start to ready: picks a free port, starts the command with
 * {@code {port}} replaced by it, polls {@code http://127.0.0.1:PORT/PATH} until it
 * answers 200, then reads the process's peak resident set (VmHWM) and kills it.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.atlasspring.benchmarks.StartToReady [--timeout S] [--log FILE] \
 *     /actuator/health -- java -jar app.jar --server.port={port}
 * </pre>
 *
 * Prints one line: {@code SECONDS PEAK_RSS_KB}. The clock starts just before the process
 * is spawned. The HTTP client is warmed up first so that its own class loading does not
 * compete with the server's start.
 */
public final class StartToReady {

	private StartToReady() {
	}

	public static void main(String[] args) throws Exception {
		long timeoutSeconds = 120;
		File log = null;
		int i = 0;
		for (; i < args.length && args[i].startsWith("--") && !args[i].equals("--"); i += 2) {
			switch (args[i]) {
				case "--timeout" -> timeoutSeconds = Long.parseLong(args[i + 1]);
				case "--log" -> log = new File(args[i + 1]);
				default -> usage("unknown option " + args[i]);
			}
		}
		if (args.length < i + 3 || !args[i + 1].equals("--")) {
			usage("missing PATH -- COMMAND");
		}
		String path = args[i];
		int port = freePort();
		List<String> command = new ArrayList<>();
		for (int c = i + 2; c < args.length; c++) {
			command.add(args[c].replace("{port}", Integer.toString(port)));
		}
		URI uri = URI.create("http://127.0.0.1:" + port + (path.startsWith("/") ? "" : "/") + path);

		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(1))
			.build();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
		status(client, request); // warm-up: nothing listens yet

		ProcessBuilder builder = new ProcessBuilder(command);
		if (log != null) {
			builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log));
		}
		else {
			builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
		}
		long start = System.nanoTime();
		Process process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
		long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		try {
			while (status(client, request) != 200) {
				if (!process.isAlive()) {
					fail("the server exited with code " + process.exitValue() + " before it was ready"
							+ ((log != null) ? " (see " + log + ")" : ""));
				}
				if (System.nanoTime() > deadline) {
					fail("the server was not ready after " + timeoutSeconds + " s");
				}
				Thread.sleep(10);
			}
			long ready = System.nanoTime();
			long peakKb = peakRssKb(process.pid());
			System.out.printf(Locale.ROOT, "%.3f %d%n", (ready - start) / 1e9, peakKb);
		}
		finally {
			stop(process);
		}
	}

	private static int status(HttpClient client, HttpRequest request) throws InterruptedException {
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The peak resident set of a live process in KB, from {@code /proc/PID/status}. */
	static long peakRssKb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IOException("no VmHWM in /proc/" + pid + "/status");
	}

	private static void stop(Process process) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static void fail(String message) {
		System.err.println("start-to-ready: " + message);
		System.exit(1);
	}

	private static void usage(String problem) {
		System.err.println("start-to-ready: " + problem);
		System.err.println("usage: StartToReady [--timeout S] [--log FILE] PATH -- COMMAND... ({port} in COMMAND is replaced)");
		System.exit(2);
	}

}
