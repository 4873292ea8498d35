package io.github.atlasspring.hostile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the flag the starter changes nothing: the hostile application really is hostile.
 */
class NormalStartIT {

	private TestDatabases databases;

	@BeforeEach
	void createDatabases() throws Exception {
		this.databases = TestDatabases.create();
	}

	@AfterEach
	void dropDatabases() throws Exception {
		if (this.databases != null) {
			this.databases.close();
		}
	}

	@Test
	void runsEverySideEffectWithoutTheFlag() throws Exception {
		List<String> args = new ArrayList<>(this.databases.arguments());
		args.add("--server.port=0");
		Process process = HostileApp.start(args.toArray(String[]::new));
		HostileApp.Output stdout = HostileApp.Output.of(process.getInputStream());
		HostileApp.Output stderr = HostileApp.Output.of(process.getErrorStream());
		try {
			long deadline = System.nanoTime() + HostileApp.TIMEOUT.toNanos();
			while (!stdout.snapshot().contains("HOSTILE-SCHEDULED") && process.isAlive()
					&& System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			String output = stdout.snapshot();
			assertThat(output).as(() -> output + stderr.snapshot())
				.contains("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "Hibernate:", "HOSTILE-LOG",
						"HOSTILE-RUNNER deleted 2 orders", "Started HostileApplication", "HOSTILE-SCHEDULED");
			assertThat(this.databases.rows(this.databases.orders(), "purchase_order")).isEmpty();
			assertThat(this.databases.tables(this.databases.main())).contains("flyway_schema_history",
					"flyway_marker", "sql_init_marker");
			assertThat(this.databases.rows(this.databases.main(), "job_run")).isNotEmpty();
		}
		finally {
			process.destroy();
			if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
