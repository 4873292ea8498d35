package io.github.atlasspring.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fast path of print mode in one directory: the application jar extracted by Spring
 * Boot's tools jar mode, and a class-data archive from one print-mode training run for
 * the Java that made it (a CDS archive, or on Java 25 and later an AOT cache). Knows the
 * commands that make the archive and that use it.
 *
 * @param java the Java launcher that made the archive and must use it
 * @param jar the extracted application jar
 * @param archive the class-data archive
 * @param aotCache whether the archive is an AOT cache rather than a CDS archive
 */
record FastPath(Path java, Path jar, Path archive, boolean aotCache) {

	/**
	 * The first Java release with {@code -XX:AOTCacheOutput} (JEP 514).
	 */
	static final int AOT_CACHE_OUTPUT_RELEASE = 25;

	/**
	 * Keep the JVM's own messages, such as a warning about a stale archive, off standard
	 * output, which carries the DDL.
	 */
	private static final List<String> LOGGING = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

	/**
	 * Skip Spring Boot's background pre-initialization: print mode ends before it uses
	 * what that warms up (message converters, JSON mappers and the like), and on few
	 * cores the extra thread only competes with the start-up.
	 */
	private static final String NO_PREINITIALIZATION = "-Dspring.backgroundpreinitializer.ignore=true";

	/**
	 * Leave out of the training run the warnings about classes an archive cannot hold.
	 */
	private static final List<String> TRAINING_LOGGING = List.of("-Xlog:disable", "-Xlog:all=error:stderr");

	/**
	 * Return the fast path of an extracted jar for the running Java.
	 * @param jar the extracted application jar, absolute
	 * @return the fast path
	 */
	static FastPath of(Path jar) {
		boolean aotCache = Runtime.version().feature() >= AOT_CACHE_OUTPUT_RELEASE;
		return new FastPath(currentJava(), jar, jar.resolveSibling(aotCache ? "app.aot" : "app.jsa"), aotCache);
	}

	/**
	 * Return the launcher of the running Java, the one the archive is made for.
	 * @return the {@code java} launcher
	 */
	static Path currentJava() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * Return the command of the training run, which prints once and writes the archive as
	 * the JVM exits.
	 * @param arguments the application arguments of print mode
	 * @return the command
	 */
	List<String> trainingCommand(List<String> arguments) {
		String output = (this.aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + this.archive;
		return command(TRAINING_LOGGING, output, arguments);
	}

	/**
	 * Return the program that prints with the archive: a missing or stale archive only
	 * makes it slower, as the JVM then loads the classes from the jars.
	 * @param arguments the application arguments of print mode
	 * @return the program, for {@code atlas.hcl}
	 */
	List<String> program(List<String> arguments) {
		String use = (this.aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + this.archive;
		return command(LOGGING, use, arguments);
	}

	private List<String> command(List<String> logging, String archiveOption, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(logging);
		command.add(archiveOption);
		command.add("-XX:TieredStopAtLevel=1");
		command.add(NO_PREINITIALIZATION);
		command.add("-jar");
		command.add(this.jar.toString());
		command.add("--" + PrintModeProperty.NAME);
		command.addAll(arguments);
		return command;
	}

	/**
	 * Write a program as the {@code program} attribute of an {@code atlas.hcl}
	 * {@code external_schema} block, one quoted element a line.
	 * @param program the program
	 * @return the attribute
	 */
	static String hcl(List<String> program) {
		return program.stream()
			.map((element) -> "  " + quote(element) + ",")
			.collect(Collectors.joining("\n", "program = [\n", "\n]\n"));
	}

	private static String quote(String element) {
		String escaped = element.replace("\\", "\\\\").replace("\"", "\\\"");
		return "\"" + escaped.replace("${", "$${").replace("%{", "%%{") + "\"";
	}

}
