package io.github.atlasspring.hostile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode fails cleanly: an exit code, nothing on standard output and one error line
 * last on standard error.
 */
class PrintModeFailuresIT {

	@Test
	void exitsWithTwoAndListsTheUnitsWhenNoneIsChosen() {
		HostileApp.Run run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema"));
		PrintOutput.assertFailure(run, 2);
		assertThat(HostileApp.lastLine(run.stderr())).contains("entityManagerFactory", "orders");
	}

	@Test
	void exitsWithTwoForAnUnknownDialect() {
		HostileApp.Run run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=nosuch"));
		PrintOutput.assertFailure(run, 2);
		assertThat(HostileApp.lastLine(run.stderr())).contains("nosuch", "postgres");
	}

	@Test
	void exitsWithFourWhenHibernateRejectsTheMapping() {
		HostileApp.Run run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=postgres",
				"--hostile.orders.packages=io.github.atlasspring.hostile.orders,io.github.atlasspring.hostile.broken"));
		PrintOutput.assertFailure(run, 4);
		assertThat(HostileApp.lastLine(run.stderr())).contains("orders");
	}

	@Test
	void exitsWithThreeWhenTheUnitHasNoEntities() {
		HostileApp.Run run = HostileApp.run(HostileApp.concat(HostileApp.NOTHING_LISTENING, "--atlas.print-schema",
				"--atlas.persistence-unit=orders", "--atlas.dialect=postgres",
				"--hostile.orders.packages=io.github.atlasspring.hostile.empty"));
		PrintOutput.assertFailure(run, 3);
		assertThat(HostileApp.lastLine(run.stderr())).contains("orders");
	}

}
