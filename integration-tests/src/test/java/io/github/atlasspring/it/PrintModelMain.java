package io.github.atlasspring.it;

import java.util.Arrays;

import org.springframework.util.ClassUtils;

/**
 * Runs a test model's application as its own process, for print mode: the first argument
 * names its configuration classes, the second its entity packages (both comma separated),
 * the others are the application's arguments.
 */
public final class PrintModelMain {

	private PrintModelMain() {
	}

	public static void main(String[] args) {
		Class<?>[] sources = Arrays.stream(args[0].split(","))
			.map((name) -> ClassUtils.resolveClassName(name, null))
			.toArray(Class<?>[]::new);
		ModelApplication.builder(sources, args[1].split(",")).run(Arrays.copyOfRange(args, 2, args.length));
	}

}
