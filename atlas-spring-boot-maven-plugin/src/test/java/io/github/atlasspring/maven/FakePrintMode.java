package io.github.atlasspring.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for an application in print mode, as a process of its own: what it writes and
 * how it exits depend on its first argument.
 */
public final class FakePrintMode {

	static final byte[] DDL = "create table caf\u00e9 (id bigint not null);\ncreate index i on caf\u00e9 (id);"
		.getBytes(StandardCharsets.UTF_8);

	private FakePrintMode() {
	}

	public static void main(String[] args) throws IOException {
		switch (args[0]) {
			case "print" -> {
				System.err.println("log line");
				System.out.write(DDL);
				System.out.flush();
			}
			case "fail" -> {
				System.err.println("log line");
				System.err.println("atlas: error: Unknown dialect 'nosuch'");
				System.exit(2);
			}
			case "echo" -> {
				System.out.println(System.getProperty("user.dir"));
				for (int i = 1; i < args.length; i++) {
					System.out.println(args[i]);
				}
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

}
