package io.github.atlasspring.example.script;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.atlasspring.testsupport.JarProcess.Result;

/**
 * A {@code program} of a {@code data "external_schema"} block in {@code atlas.hcl}, run
 * as Atlas runs it: without a shell, in the directory of {@code atlas.hcl}, reading
 * nothing on standard input. {@code java} is the Java that runs the tests.
 *
 * @param name the name of the {@code external_schema} block
 * @param command the program and its arguments
 * @param directory the directory it runs in
 */
record AtlasProgram(String name, List<String> command, Path directory) {

	private static final Pattern EXTERNAL_SCHEMA = Pattern
		.compile("data \"external_schema\" \"([^\"]+)\" \\{\\s*program = \\[(.*?)\\]", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	/**
	 * Read the programs of the {@code external_schema} blocks of an {@code atlas.hcl}.
	 * @param hcl the file
	 * @return the programs by block name, in file order
	 * @throws IOException if the file cannot be read
	 */
	static Map<String, AtlasProgram> read(Path hcl) throws IOException {
		Map<String, AtlasProgram> programs = new LinkedHashMap<>();
		Matcher block = EXTERNAL_SCHEMA.matcher(Files.readString(hcl));
		while (block.find()) {
			List<String> command = new ArrayList<>();
			Matcher string = STRING.matcher(block.group(2));
			while (string.find()) {
				command.add(string.group(1));
			}
			programs.put(block.group(1), new AtlasProgram(block.group(1), command, hcl.toAbsolutePath().getParent()));
		}
		return programs;
	}

	/**
	 * Return the value of one of the program's {@code --name=value} arguments.
	 * @param option the option, such as {@code --dialect}
	 * @return the value
	 */
	String option(String option) {
		return this.command.stream()
			.filter((arg) -> arg.startsWith(option + "="))
			.map((arg) -> arg.substring(option.length() + 1))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(this.name + " has no " + option));
	}

	/**
	 * Return this program with other arguments after its main class.
	 * @param mainClass the main class, one of the program's arguments
	 * @param args the arguments that replace the ones after it
	 * @return the program
	 */
	AtlasProgram withArguments(String mainClass, String... args) {
		List<String> changed = new ArrayList<>(this.command.subList(0, this.command.indexOf(mainClass) + 1));
		changed.addAll(List.of(args));
		return new AtlasProgram(this.name, changed, this.directory);
	}

	/**
	 * Run the program to its end.
	 * @return what it gave
	 */
	Result run() {
		List<String> resolved = new ArrayList<>(this.command);
		if (resolved.get(0).equals("java")) {
			resolved.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
		}
		ProcessBuilder builder = new ProcessBuilder(resolved).directory(this.directory.toFile())
			.redirectInput(new File("/dev/null"));
		try {
			Path stdout = Files.createTempFile("atlas-program", ".stdout");
			Path stderr = Files.createTempFile("atlas-program", ".stderr");
			try {
				builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
				long start = System.nanoTime();
				Process process = builder.start();
				if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly().waitFor();
					throw new AssertionError(
							this.name + " timed out after " + TIMEOUT + "\n" + Files.readString(stderr));
				}
				return new Result(process.exitValue(), Files.readAllBytes(stdout), Files.readString(stderr),
						Duration.ofNanos(System.nanoTime() - start));
			}
			finally {
				Files.deleteIfExists(stdout);
				Files.deleteIfExists(stderr);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run " + resolved, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
