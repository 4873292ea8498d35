package io.github.atlasspring.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs print mode as a process of its own: keeps its standard output, which is the DDL,
 * and forwards its standard error as it comes.
 */
final class PrintModeProcess {

	private final File workingDirectory;

	private final PrintStream errorOutput;

	/**
	 * Create a runner.
	 * @param workingDirectory the application's working directory
	 * @param errorOutput where the application's standard error goes
	 */
	PrintModeProcess(File workingDirectory, PrintStream errorOutput) {
		this.workingDirectory = workingDirectory;
		this.errorOutput = errorOutput;
	}

	/**
	 * Run the command and wait for it to exit.
	 * @param command the command
	 * @return what it printed and how it exited
	 * @throws IOException if the process cannot be started or read
	 * @throws InterruptedException if the thread is interrupted while waiting; the
	 * process is then destroyed
	 */
	PrintModeResult run(PrintModeCommand command) throws IOException, InterruptedException {
		Path argumentFile = Files.createTempFile("atlas-print-schema", ".args");
		Process process = null;
		try {
			Files.writeString(argumentFile, command.argumentFileContent(), Charset.defaultCharset());
			process = new ProcessBuilder(command.commandLine(argumentFile)).directory(this.workingDirectory).start();
			process.getOutputStream().close();
			StandardErrorForwarder errors = new StandardErrorForwarder(process.getErrorStream(), this.errorOutput);
			Thread forwarding = new Thread(errors, "atlas-print-schema-stderr");
			forwarding.start();
			byte[] standardOutput = process.getInputStream().readAllBytes();
			int exitCode = process.waitFor();
			forwarding.join();
			return new PrintModeResult(exitCode, standardOutput, errors.lastErrorLine());
		}
		finally {
			if (process != null && process.isAlive()) {
				process.destroyForcibly();
			}
			Files.deleteIfExists(argumentFile);
		}
	}

}
