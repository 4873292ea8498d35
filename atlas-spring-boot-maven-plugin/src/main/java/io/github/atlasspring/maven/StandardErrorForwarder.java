package io.github.atlasspring.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a process's standard error to a stream byte for byte and remembers the last
 * {@code atlas: error:} line, which print mode writes last when it fails.
 */
final class StandardErrorForwarder implements Runnable {

	static final String ERROR_PREFIX = "atlas: error: ";

	private final InputStream input;

	private final PrintStream output;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	private volatile String lastErrorLine;

	StandardErrorForwarder(InputStream input, PrintStream output) {
		this.input = input;
		this.output = output;
	}

	@Override
	public void run() {
		byte[] buffer = new byte[8192];
		try {
			int read;
			while ((read = this.input.read(buffer)) != -1) {
				this.output.write(buffer, 0, read);
				this.output.flush();
				scan(buffer, read);
			}
		}
		catch (IOException ex) {
			// The process has gone: what it wrote so far has been forwarded.
		}
		endLine();
	}

	/**
	 * Return the last line that started with {@code atlas: error: }.
	 * @return the line without its line ending, or {@code null}
	 */
	String lastErrorLine() {
		return this.lastErrorLine;
	}

	private void scan(byte[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			if (buffer[i] == '\n') {
				endLine();
			}
			else {
				this.line.write(buffer[i]);
			}
		}
	}

	private void endLine() {
		String text = this.line.toString(StandardCharsets.UTF_8).stripTrailing();
		if (text.startsWith(ERROR_PREFIX)) {
			this.lastErrorLine = text;
		}
		this.line.reset();
	}

}
