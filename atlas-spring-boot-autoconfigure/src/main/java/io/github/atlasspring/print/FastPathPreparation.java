package io.github.atlasspring.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.github.atlasspring.print.FastPathOption.InvalidOptionException;

/**
 * Prepares the fast path of print mode for the running application jar
 * ({@code java -jar app.jar --atlas.prepare-fast-path[=DIR]}): extracts the jar into the
 * directory, makes the class-data archive with one print-mode training run, and prints
 * the {@code atlas.hcl} program that uses both on standard output.
 * <p>
 * The directory is replaced as a whole: the jar is extracted next to it, the old one is
 * moved aside while the training run writes the archive at the final paths (an archive
 * records the paths of the jars it was made from), and it comes back if anything fails.
 */
final class FastPathPreparation {

	private static final String OPTION = FastPathOption.OPTION;

	private final Path applicationJar;

	private final Path directory;

	private final List<String> arguments;

	private FastPathPreparation(FastPathOption option) {
		this.applicationJar = option.applicationJar();
		this.directory = option.directory();
		this.arguments = option.arguments();
	}

	/**
	 * Prepare the fast path, reporting on standard error.
	 * @param value the value of the option, empty for the default directory
	 * @param args the application's arguments, carried over to print mode
	 * @return the exit status
	 */
	static ExitStatus prepare(String value, String[] args) {
		try {
			return new FastPathPreparation(FastPathOption.of(value, args)).prepare();
		}
		catch (InvalidOptionException ex) {
			return fail(ExitStatus.INVALID_OPTION, ex.getMessage());
		}
		catch (IOException | UncheckedIOException ex) {
			return fail(ExitStatus.STARTUP_FAILED,
					"Preparing the fast path failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private ExitStatus prepare() throws IOException {
		Files.createDirectories(this.directory.getParent());
		String name = this.directory.getFileName() + "." + ProcessHandle.current().pid();
		Path extracted = Files.createDirectory(this.directory.resolveSibling(name + ".extracted"));
		Path previous = this.directory.resolveSibling(name + ".previous");
		boolean moved = false;
		try {
			int extraction = run(List.of(FastPath.currentJava().toString(), "-Djarmode=tools", "-jar",
					this.applicationJar.toString(), "extract", "--destination", extracted.toString()));
			if (extraction != 0) {
				return fail(ExitStatus.STARTUP_FAILED,
						"Extracting " + this.applicationJar + " with Spring Boot's tools " + "jar mode exited with "
								+ extraction + ": " + OPTION + " needs spring-boot-jarmode-tools in "
								+ "the jar, which the Spring Boot build plugins include by default");
			}
			FastPathSource.of(this.applicationJar).write(extracted.resolve(FastPathOption.MARKER));
			if (Files.exists(this.directory)) {
				Files.move(this.directory, previous);
			}
			Files.move(extracted, this.directory);
			moved = true;
			FastPath fastPath = FastPath.of(this.directory.resolve(this.applicationJar.getFileName()));
			int training = run(fastPath.trainingCommand(this.arguments));
			if (training != 0 || !Files.isRegularFile(fastPath.archive())) {
				ExitStatus status = (training != 0) ? ExitStatus.ofCode(training) : ExitStatus.STARTUP_FAILED;
				return fail(status, "The training run of print mode exited with " + training
						+ " and wrote no archive: see its error above; fix it, then run " + OPTION + " again");
			}
			moved = false;
			report(fastPath);
			return ExitStatus.PRINTED;
		}
		finally {
			if (moved) {
				delete(this.directory);
				if (Files.exists(previous)) {
					Files.move(previous, this.directory);
				}
			}
			delete(extracted);
			delete(previous);
		}
	}

	private void report(FastPath fastPath) {
		System.out.print(FastPath.hcl(fastPath.program(this.arguments)));
		System.out.flush();
		System.err.println("atlas: prepared the fast path in " + this.directory + " with "
				+ (fastPath.aotCache() ? "an AOT cache" : "a class-data archive") + " for Java " + Runtime.version()
				+ "; use the program above in atlas.hcl. After every rebuild of " + this.applicationJar.getFileName()
				+ ", run java -jar " + this.applicationJar + " " + OPTION + "=" + this.directory
				+ " again: a stale archive makes print mode slower, never wrong");
	}

	/**
	 * Run a step, its standard output discarded (only the program goes there) and its
	 * standard error passed on. The environment switches the option off, which would
	 * otherwise start over in a training run when it comes from the application's own
	 * configuration.
	 * @param command the step's command line
	 * @return the step's exit code
	 * @throws IOException if the step cannot be started
	 */
	private static int run(List<String> command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		builder.environment().put("ATLAS_PREPARE_FAST_PATH", "false");
		Process process = builder.start();
		try {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), ex);
		}
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

	private static ExitStatus fail(ExitStatus status, String message) {
		System.err.println("atlas: error: " + message);
		System.err.flush();
		return status;
	}

}
