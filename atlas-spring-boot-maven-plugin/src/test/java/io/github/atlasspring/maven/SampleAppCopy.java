package io.github.atlasspring.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the sample app, as a project of its own, built by a Maven process that finds
 * this build's plugin and starter in the end-to-end tests' repository and everything else
 * in the build's own repository, else on Maven Central.
 */
final class SampleAppCopy {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern PROGRAM = Pattern
		.compile("data \"external_schema\" \"(\\w+)\" \\{\\s*program = \\[(.*?)]", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

	private final Path directory;

	private SampleAppCopy(Path directory) {
		this.directory = directory;
	}

	/**
	 * Copy the sample app's main sources, {@code .mvn} and {@code atlas.hcl}, but neither
	 * its tests nor its build output, into the given directory, and point its Maven at
	 * the test repositories.
	 * @param parent the directory to copy into
	 * @return the copy
	 */
	static SampleAppCopy create(Path parent) throws IOException {
		Path source = Path.of(System.getProperty("sample-app.dir", "../sample-app"));
		Path directory = parent.resolve("sample-app");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter((path) -> isCopied(source.relativize(path))).toList()) {
				Path target = directory.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		SampleAppCopy copy = new SampleAppCopy(directory);
		copy.useTestRepositories(parent.resolve("settings.xml"));
		return copy;
	}

	/**
	 * Return the program of a data source in the copy's {@code atlas.hcl}.
	 * @param dataSource the name of the {@code external_schema} data source
	 * @return the program and its arguments, exactly as written
	 */
	List<String> program(String dataSource) throws IOException {
		Matcher matcher = PROGRAM.matcher(Files.readString(this.directory.resolve("atlas.hcl")));
		while (matcher.find()) {
			if (matcher.group(1).equals(dataSource)) {
				return STRING.matcher(matcher.group(2)).results().map((result) -> result.group(1)).toList();
			}
		}
		throw new IllegalStateException("No external_schema " + dataSource + " in atlas.hcl");
	}

	/**
	 * Change a file of the copy.
	 * @param file the file, relative to the copy
	 * @param change the new content for the old
	 */
	void edit(String file, UnaryOperator<String> change) throws IOException {
		Path path = this.directory.resolve(file);
		String content = Files.readString(path);
		String changed = change.apply(content);
		if (changed.equals(content)) {
			throw new IllegalStateException("The edit left " + file + " unchanged");
		}
		Files.writeString(path, changed);
	}

	/**
	 * Run a command in the copy, as Atlas would run a program: without a shell, in the
	 * copy's directory, with {@code mvn} resolved to the Maven that runs this build.
	 * @param command the command
	 * @return how it ended
	 */
	Result run(List<String> command) {
		List<String> resolved = new ArrayList<>(command);
		resolved.set(0, executable(command.get(0)));
		ProcessBuilder builder = new ProcessBuilder(resolved).directory(this.directory.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().keySet().removeIf(SampleAppCopy::isConfiguration);
		try {
			Path stdout = Files.createTempFile(this.directory.getParent(), "run", ".stdout");
			Path stderr = Files.createTempFile(this.directory.getParent(), "run", ".stderr");
			builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError(
						"Timed out after " + TIMEOUT + ": " + command + "\n" + Files.readString(stderr));
			}
			return new Result(process.exitValue(), Files.readAllBytes(stdout),
					Files.readString(stderr, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Path directory() {
		return this.directory;
	}

	private void useTestRepositories(Path settings) throws IOException {
		String buildRepository = Path.of(System.getProperty("build.repository")).toUri().toString();
		Files.writeString(settings, """
				<settings>
				  <profiles>
				    <profile>
				      <id>build-repository</id>
				      <repositories>
				        <repository>
				          <id>build-repository</id>
				          <url>%1$s</url>
				          <snapshots><enabled>false</enabled></snapshots>
				          <releases><checksumPolicy>ignore</checksumPolicy></releases>
				        </repository>
				      </repositories>
				      <pluginRepositories>
				        <pluginRepository>
				          <id>build-repository</id>
				          <url>%1$s</url>
				          <snapshots><enabled>false</enabled></snapshots>
				          <releases><checksumPolicy>ignore</checksumPolicy></releases>
				        </pluginRepository>
				      </pluginRepositories>
				    </profile>
				  </profiles>
				  <activeProfiles>
				    <activeProfile>build-repository</activeProfile>
				  </activeProfiles>
				</settings>
				""".formatted(buildRepository));
		Files.writeString(this.directory.resolve(".mvn/maven.config"),
				"-s\n" + settings + "\n-Dmaven.repo.local=" + System.getProperty("it.repository") + "\n");
	}

	private static boolean isCopied(Path path) {
		return !path.startsWith("target") && !path.startsWith(Path.of("src", "test"));
	}

	/**
	 * Resolve a program as Atlas would on a {@code PATH} that starts with the {@code bin}
	 * directory of the Maven that runs this build.
	 */
	private static String executable(String program) {
		if (program.contains(File.separator)) {
			return program;
		}
		List<String> path = new ArrayList<>();
		path.add(Path.of(System.getProperty("maven.home"), "bin").toString());
		path.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		return path.stream()
			.map((directory) -> Path.of(directory, program))
			.filter(Files::isExecutable)
			.findFirst()
			.map(Path::toString)
			.orElse(program);
	}

	/**
	 * Whether an environment variable would change how Maven or the application runs, so
	 * that only the copy's own configuration counts.
	 */
	private static boolean isConfiguration(String variable) {
		return variable.startsWith("MAVEN_") || variable.startsWith("ATLAS_") || variable.startsWith("SPRING_");
	}

	/**
	 * How a command ended.
	 *
	 * @param exitCode the exit code
	 * @param stdout what it wrote to standard output
	 * @param stderr what it wrote to standard error
	 */
	record Result(int exitCode, byte[] stdout, String stderr) {

		String stdoutText() {
			return new String(this.stdout, StandardCharsets.UTF_8);
		}

	}

}
