package io.github.atlasspring.maven;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StandardErrorForwarder}.
 */
class StandardErrorForwarderTests {

	@Test
	void forwardsEveryByteUnchanged() {
		byte[] errors = "log ü\r\natlas: error: bad\n\u001b[0m".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
		forward(new ByteArrayInputStream(errors), forwarded);
		assertThat(forwarded.toByteArray()).isEqualTo(errors);
	}

	@Test
	void remembersTheLastErrorLineWithoutItsLineEnding() {
		StandardErrorForwarder forwarder = forward("atlas: error: first\r\nlog\natlas: error: second\r\nmore log\n");
		assertThat(forwarder.lastErrorLine()).isEqualTo("atlas: error: second");
	}

	@Test
	void findsAnErrorLineSplitAcrossReadsAndWithoutAFinalNewline() {
		InputStream oneByteAtATime = new ByteArrayInputStream(
				"log\natlas: error: Unknown dialect 'ü'".getBytes(StandardCharsets.UTF_8)) {

			@Override
			public synchronized int read(byte[] buffer, int offset, int length) {
				return super.read(buffer, offset, Math.min(length, 1));
			}

		};
		StandardErrorForwarder forwarder = forward(oneByteAtATime, new ByteArrayOutputStream());
		assertThat(forwarder.lastErrorLine()).isEqualTo("atlas: error: Unknown dialect 'ü'");
	}

	@Test
	void noErrorLineWhenThereIsNone() {
		assertThat(forward("atlas: warning: a row\nplain log\n").lastErrorLine()).isNull();
	}

	private static StandardErrorForwarder forward(String errors) {
		return forward(new ByteArrayInputStream(errors.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream());
	}

	private static StandardErrorForwarder forward(InputStream input, ByteArrayOutputStream output) {
		StandardErrorForwarder forwarder = new StandardErrorForwarder(input, new PrintStream(output, true));
		forwarder.run();
		return forwarder;
	}

}
