package io.github.atlasspring.hostile;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Running;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the flag the starter changes nothing: the hostile application really is
 * hostile.
 */
class NormalStartIT {

	private HostileDatabases databases;

	@BeforeEach
	void createDatabases() throws Exception {
		this.databases = HostileDatabases.create();
	}

	@AfterEach
	void dropDatabases() {
		if (this.databases != null) {
			this.databases.close();
		}
	}

	@Test
	void runsEverySideEffectWithoutTheFlag() throws Exception {
		List<String> args = new ArrayList<>(this.databases.arguments());
		args.add("--server.port=0");
		try (Running app = HostileApp.JAR.start(args.toArray(String[]::new))) {
			String log = app.awaitLog("HOSTILE-SCHEDULED");
			assertThat(log).contains("HOSTILE-BANNER", "HOSTILE-POSTCONSTRUCT", "Hibernate:", "HOSTILE-LOG",
					"HOSTILE-RUNNER deleted 2 orders", "Started HostileApplication", "HOSTILE-SCHEDULED");
			assertThat(HostileDatabases.rows(this.databases.orders, "purchase_order")).isEmpty();
			assertThat(HostileDatabases.tables(this.databases.main)).contains("flyway_schema_history", "flyway_marker",
					"sql_init_marker");
			assertThat(HostileDatabases.rows(this.databases.main, "job_run")).isNotEmpty();
		}
	}

}
