package io.github.atlasspring.hostile;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode fails cleanly: an exit code, nothing on standard output and one error line
 * last on standard error.
 */
class PrintModeFailuresIT {

	@Test
	void exitsWithTwoAndListsTheUnitsWhenNoneIsChosen() {
		Result run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema"));
		PrintOutput.assertFailure(run, 2);
		assertThat(run.lastStderrLine()).contains("entityManagerFactory", "orders");
	}

	@Test
	void exitsWithTwoForAnUnknownDialect() {
		Result run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=nosuch"));
		PrintOutput.assertFailure(run, 2);
		assertThat(run.lastStderrLine()).contains("nosuch", "postgres");
	}

	@Test
	void exitsWithFourWhenHibernateRejectsTheMapping() {
		Result run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=postgres",
				"--hostile.orders.packages=io.github.atlasspring.hostile.orders,io.github.atlasspring.hostile.broken"));
		PrintOutput.assertFailure(run, 4);
		assertThat(run.lastStderrLine()).contains("orders");
	}

	@Test
	void exitsWithThreeWhenTheUnitHasNoEntities() {
		Result run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=postgres",
				"--hostile.orders.packages=io.github.atlasspring.hostile.empty"));
		PrintOutput.assertFailure(run, 3);
		assertThat(run.lastStderrLine()).contains("orders");
	}

}
