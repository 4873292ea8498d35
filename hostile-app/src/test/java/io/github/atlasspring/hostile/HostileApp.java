package io.github.atlasspring.hostile;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;

/**
 * The packaged hostile application, run as a process of its own.
 */
final class HostileApp {

	static final JarProcess JAR = JarProcess.of(Path.of("target", "hostile-app.jar"));

	static final String[] NOTHING_LISTENING = { "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/x",
			"--hostile.orders.url=jdbc:postgresql://127.0.0.1:1/x" };

	private HostileApp() {
	}

	static Result run(List<String> args) {
		return JAR.run(args);
	}

	static Result run(String... args) {
		return JAR.run(args);
	}

	static String[] concat(String[] first, String... more) {
		String[] all = Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
