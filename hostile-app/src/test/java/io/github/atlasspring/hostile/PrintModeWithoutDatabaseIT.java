package io.github.atlasspring.hostile;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode never connects, so it works when the configured databases cannot be reached.
 */
class PrintModeWithoutDatabaseIT {

	private static final Duration QUICKLY = Duration.ofSeconds(60);

	@Test
	void printsWhenNothingListensOnTheConfiguredPort() {
		Result run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.dialect=postgres", "--atlas.persistence-unit=entityManagerFactory"));
		PrintOutput.assertOnlyDdl(run);
		assertThat(run.statements()).anyMatch((line) -> line.startsWith("create table customer ("));
		assertThat(run.elapsed()).isLessThan(QUICKLY);
	}

	@Test
	void printsWhenTheConfiguredHostIsNotRoutable() {
		Result run = HostileApp.run("--spring.datasource.url=jdbc:postgresql://10.255.255.1:5432/x",
				"--hostile.orders.url=jdbc:postgresql://10.255.255.1:5432/x", "--atlas.print-schema",
				"--atlas.dialect=postgres", "--atlas.persistence-unit=orders");
		PrintOutput.assertOnlyDdl(run);
		assertThat(run.statements()).anyMatch((line) -> line.startsWith("create table purchase_order ("));
		assertThat(run.stderr()).as("the orders data source's println goes to standard error")
			.contains("HOSTILE-ORDERS-DATASOURCE");
		assertThat(run.elapsed()).isLessThan(QUICKLY);
	}

}
