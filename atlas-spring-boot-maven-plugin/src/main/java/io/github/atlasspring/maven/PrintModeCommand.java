package io.github.atlasspring.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code java} command that runs an application in print mode on a class path of
 * directories and jars.
 */
final class PrintModeCommand {

	/**
	 * JVM options that come before the user's: C1 only, as {@code spring-boot:run} does
	 * for a short-lived process, and the JVM's own warnings on standard error, where they
	 * cannot reach the SQL (unified logging writes them to standard output by default).
	 */
	static final List<String> DEFAULT_JVM_ARGUMENTS = List.of("-XX:TieredStopAtLevel=1", "-Xlog:disable",
			"-Xlog:all=warning:stderr");

	private final String javaExecutable;

	private final List<String> jvmArguments;

	private final List<File> classPath;

	private final String mainClass;

	private final List<String> applicationArguments;

	PrintModeCommand(String javaExecutable, List<String> jvmArguments, List<File> classPath, String mainClass,
			List<String> applicationArguments) {
		this.javaExecutable = javaExecutable;
		this.jvmArguments = List.copyOf(jvmArguments);
		this.classPath = List.copyOf(classPath);
		this.mainClass = mainClass;
		this.applicationArguments = List.copyOf(applicationArguments);
	}

	/**
	 * Return the command line, with the class path read from an argument file, so that
	 * its length is not bounded by the operating system's limit on a command line.
	 * @param argumentFile the file that holds {@link #argumentFileContent()}
	 * @return the command and its arguments
	 */
	List<String> commandLine(Path argumentFile) {
		List<String> command = new ArrayList<>();
		command.add(this.javaExecutable);
		command.addAll(DEFAULT_JVM_ARGUMENTS);
		command.addAll(this.jvmArguments);
		command.add("@" + argumentFile);
		command.add(this.mainClass);
		command.addAll(this.applicationArguments);
		return command;
	}

	/**
	 * Return the content of the argument file: the class path option, quoted as the
	 * {@code java} launcher's argument files require.
	 * @return the argument file's content
	 */
	String argumentFileContent() {
		String classPath = this.classPath.stream()
			.map(File::getAbsolutePath)
			.collect(Collectors.joining(File.pathSeparator));
		return "-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
	}

}
