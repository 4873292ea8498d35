package io.github.atlasspring.print;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The option {@code --atlas.prepare-fast-path[=DIR]}, checked: the jar to prepare the
 * fast path for, the directory to write it into and the arguments print mode gets.
 *
 * @param applicationJar the Spring Boot executable jar the application runs from
 * @param directory the directory, absolute
 * @param arguments the application's arguments but the option itself and
 * {@code --atlas.print-schema}
 */
record FastPathOption(Path applicationJar, Path directory, List<String> arguments) {

	/**
	 * The property that asks for the fast path.
	 */
	static final String PROPERTY = "atlas.prepare-fast-path";

	/**
	 * The option as a user gives it.
	 */
	static final String OPTION = "--" + PROPERTY;

	/**
	 * The file that marks a directory as one the option made, so that it may be replaced.
	 */
	static final String MARKER = ".atlas-fast-path";

	private static final String DEFAULT_DIRECTORY = ".atlas";

	/**
	 * Return the value of the option, if the fast path is asked for.
	 * @param environment the environment
	 * @return the value, empty for the default directory, or {@code null}
	 */
	static @Nullable String requested(Environment environment) {
		String value = environment.getProperty(PROPERTY);
		if (value == null || value.trim().equalsIgnoreCase("false")) {
			return null;
		}
		return value.trim().equalsIgnoreCase("true") ? "" : value.trim();
	}

	/**
	 * Check the option for the running application.
	 * @param value the value of the option, empty for the default directory
	 * @param args the application's arguments
	 * @return the option
	 * @throws InvalidOptionException naming what to fix
	 */
	static FastPathOption of(String value, String[] args) throws InvalidOptionException {
		Path jar = runningJar();
		Path directory;
		try {
			directory = Path.of(value.isEmpty() ? DEFAULT_DIRECTORY : value).toAbsolutePath().normalize();
		}
		catch (InvalidPathException ex) {
			throw new InvalidOptionException("Invalid directory '" + value + "' for " + OPTION + ": " + ex.getReason());
		}
		if (Files.exists(directory) && !isReplaceable(directory)) {
			throw new InvalidOptionException(OPTION
					+ "=" + value + " names " + (Files.isDirectory(directory)
							? "a directory that is not empty and was not made by " + OPTION : "a file")
					+ ": give a new or empty directory, or one it made before");
		}
		List<String> arguments = Arrays.stream(args)
			.filter((arg) -> !isOption(arg, OPTION) && !isOption(arg, "--" + PrintModeProperty.NAME))
			.toList();
		return new FastPathOption(jar, directory, arguments);
	}

	/**
	 * Return the Spring Boot executable jar the application runs from: the only entry of
	 * the class path under {@code java -jar}, started by Spring Boot's launcher (an
	 * extracted jar starts the application's own main class, which knows no jar mode).
	 */
	private static Path runningJar() throws InvalidOptionException {
		Path jar = classPathJar();
		if (jar == null || !isExecutableJar(jar)) {
			throw new InvalidOptionException(OPTION + " needs the packaged application as Spring Boot's build "
					+ "plugins make it, started with java -jar app.jar " + OPTION);
		}
		return jar;
	}

	/**
	 * Return the jar the JVM runs under {@code java -jar}: the class path's only entry,
	 * when that is a jar.
	 * @return the jar, absolute, or {@code null}
	 */
	static @Nullable Path classPathJar() {
		String classPath = System.getProperty("java.class.path", "");
		if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
			return null;
		}
		return Path.of(classPath).toAbsolutePath();
	}

	private static boolean isExecutableJar(Path jar) {
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			Manifest manifest = jarFile.getManifest();
			String mainClass = (manifest != null) ? manifest.getMainAttributes().getValue("Main-Class") : null;
			return mainClass != null && mainClass.startsWith("org.springframework.boot.loader.");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isOption(String arg, String option) {
		return arg.equals(option) || arg.startsWith(option + "=");
	}

	private static boolean isReplaceable(Path directory) {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return Files.exists(directory.resolve(MARKER)) || entries.findAny().isEmpty();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The option names no usable directory, or the application was not started from its
	 * executable jar.
	 */
	static final class InvalidOptionException extends Exception {

		InvalidOptionException(String message) {
			super(message);
		}

	}

}
