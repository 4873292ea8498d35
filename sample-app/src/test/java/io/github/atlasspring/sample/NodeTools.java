package io.github.atlasspring.sample;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs this module's Node scripts ({@code src/test/node}) with the npm packages they
 * need, Mermaid in the version the starter embeds and playwright-core, installed from the
 * npm registry into {@code target/node-tools} on first use. Tests that need Node, or
 * Chromium, are skipped with the reason when the machine has none.
 */
final class NodeTools {

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private static Path installed;

	private NodeTools() {
	}

	/**
	 * Skip the calling test unless Node and npm are on the path.
	 */
	static void assumeNode() {
		Assumptions.assumeTrue(onPath("node") && onPath("npm"),
				"Node.js and npm are not on the PATH: the Mermaid parser cannot run (apt-get install nodejs npm)");
	}

	/**
	 * Skip the calling test unless Node, npm and Chromium are there.
	 */
	static void assumeChromium() {
		assumeNode();
		Assumptions.assumeTrue(hasChromium(), chromium() + " does not exist: the diagram page cannot be opened "
				+ "(apt-get install chromium, or set CHROMIUM to its executable)");
	}

	/**
	 * Return whether Node, npm and Chromium are there.
	 * @return whether the diagram page can be opened
	 */
	static boolean hasChromium() {
		return onPath("node") && onPath("npm") && Files.isExecutable(chromium());
	}

	/**
	 * Run a script to its end.
	 * @param script the script's file name in {@code src/test/node}
	 * @param args its arguments
	 * @return its standard output
	 * @throws AssertionError if it exits with another code than 0 or 1
	 */
	static Result run(String script, String... args) {
		Path tools = install();
		List<String> command = new ArrayList<>(List.of("node", tools.resolve(script).toString()));
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(tools.toFile());
		builder.environment().put("CHROMIUM", chromium().toString());
		Result result = exec(builder);
		if (result.exitCode() > 1) {
			throw new AssertionError(script + " exited with " + result.exitCode() + "\n" + result.output());
		}
		return result;
	}

	/**
	 * Return where the tests write what a person looks at: screenshots.
	 * @return the directory, created
	 */
	static Path outputDirectory() {
		Path directory = Path.of(System.getProperty("diagrams.dir", "target/diagrams"));
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static synchronized Path install() {
		if (installed != null) {
			return installed;
		}
		Path tools = Path.of(System.getProperty("node-tools.dir", "target/node-tools")).toAbsolutePath();
		List<String> packages = List.of("mermaid@" + version("mermaid.version"),
				"playwright-core@" + version("playwright-core.version"));
		try {
			Files.createDirectories(tools);
			Path manifest = tools.resolve("installed.txt");
			if (!Files.exists(manifest) || !Files.readString(manifest).equals(String.join("\n", packages))) {
				Files.writeString(tools.resolve("package.json"), "{\"private\": true}\n");
				List<String> command = new ArrayList<>(
						List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--loglevel=error"));
				command.addAll(packages);
				Result result = exec(new ProcessBuilder(command).directory(tools.toFile()));
				if (result.exitCode() != 0) {
					throw new AssertionError(
							"npm could not install " + packages + " from the npm registry\n" + result.output());
				}
				Files.writeString(manifest, String.join("\n", packages));
			}
			try (Stream<Path> scripts = Files.list(scripts())) {
				for (Path script : scripts.toList()) {
					Files.copy(script, tools.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		installed = tools;
		return tools;
	}

	private static Path scripts() {
		return Path.of(System.getProperty("sample-app.node-scripts", "src/test/node"));
	}

	private static String version(String property) {
		String version = System.getProperty(property);
		if (version == null) {
			throw new IllegalStateException("System property " + property + " is not set: run the test with Maven");
		}
		return version;
	}

	private static Path chromium() {
		String configured = System.getenv("CHROMIUM");
		return Path.of((configured != null) ? configured : "/usr/bin/chromium");
	}

	private static boolean onPath(String executable) {
		String path = System.getenv().getOrDefault("PATH", "");
		return Arrays.stream(path.split(File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, executable)));
	}

	private static Result exec(ProcessBuilder builder) {
		try {
			Path output = Files.createTempFile("node", ".out");
			try {
				builder.redirectErrorStream(true).redirectOutput(output.toFile());
				Process process = builder.start();
				if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly().waitFor();
					throw new AssertionError("Timed out after " + TIMEOUT + ": " + builder.command());
				}
				return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a script gave.
	 *
	 * @param exitCode its exit code
	 * @param output its standard output and error
	 */
	record Result(int exitCode, String output) {

		/**
		 * Return the lines that are JSON documents, which the scripts print one a line.
		 * @return the documents
		 */
		List<String> documents() {
			return this.output.lines().filter((line) -> line.startsWith("{")).toList();
		}

	}

}
