package io.github.atlasspring.sample;

import java.nio.file.Path;
import java.util.Map;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.JarProcess.Running;

/**
 * The packaged sample application, run as a process of its own. The compatibility builds
 * give their own jar and the sample's sources with the {@code sample-app.jar} and
 * {@code sample-app.sources} system properties.
 */
final class SampleAppProcess {

	/**
	 * The line the application logs once it has started.
	 */
	static final String STARTED = "Started SampleApplication";

	private static final JarProcess JAR = JarProcess
		.of(Path.of(System.getProperty("sample-app.jar", "target/sample-app.jar")));

	private SampleAppProcess() {
	}

	static Result run(String... args) {
		return JAR.run(args);
	}

	static Result run(Map<String, String> environment, String... args) {
		return JAR.withEnvironment(environment).run(args);
	}

	static Running start(String... args) {
		return JAR.start(args);
	}

	/**
	 * Return where the sample application's Java sources are.
	 */
	static Path sources() {
		return Path.of(System.getProperty("sample-app.sources", "src/main/java")).toAbsolutePath().normalize();
	}

}
