package io.github.atlasspring.migrating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode on an application that migrates and writes to its database with beans of
 * its own, against a real PostgreSQL holding rows and a migration it has not yet
 * applied: the DDL is printed, and the server counts not a single session.
 * <p>
 * Each test first shows that a normal start of the same profile does touch the database,
 * so that a print mode that let those beans run would fail it.
 */
class PrintModeNeverConnectsIT {

	private static final JarProcess app = JarProcess.of(Path.of("target", "migrating-app.jar"));

	private static final String CUSTOMERS = "select id, name from customer order by id";

	private static final String EMAIL_COLUMN = "select column_name from information_schema.columns "
			+ "where table_name = 'customer' and column_name = 'email'";

	private TestDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = DatabaseServer.POSTGRESQL.createDatabase("atlas_migrating");
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void ownLiquibaseBeanNeverMigrates() throws Exception {
		start("liquibase", "--app.liquibase.labels=v1");
		List<String> changeSets = this.database.query("select id from databasechangelog");
		assertThat(changeSets).containsExactly("1");
		assertPrintsLeavingDatabaseAlone("liquibase", "select id from databasechangelog order by id");
		assertThat(this.database.query(EMAIL_COLUMN)).as("the pending change set").isEmpty();
		start("liquibase");
		assertThat(this.database.query(EMAIL_COLUMN)).as("a normal start migrates").containsExactly("email");
	}

	@Test
	void ownFlywayBeanAndInitializerNeverMigrate() throws Exception {
		start("flyway", "--app.flyway.target=1");
		assertPrintsLeavingDatabaseAlone("flyway", "select version from flyway_schema_history order by installed_rank");
		assertThat(this.database.query(EMAIL_COLUMN)).as("the pending migration").isEmpty();
		start("flyway");
		assertThat(this.database.query(EMAIL_COLUMN)).as("a normal start migrates").containsExactly("email");
	}

	@Test
	void beanEntityManagerFactoryDependsOnNeverWrites() throws Exception {
		start("flyway");
		String events = "select count(*) from startup_event";
		assertPrintsLeavingDatabaseAlone("startup-audit", events);
		assertThat(this.database.query(events)).containsExactly("0");
		start("startup-audit");
		assertThat(this.database.query(events)).as("a normal start writes").containsExactly("1");
	}

	@Test
	void beanEntityManagerFactoryIsBuiltFromIsRefusedItsConnection() throws Exception {
		start("flyway");
		long sessions = this.database.settledSessions();
		Result run = print("connecting-input");
		assertThat(run.exitCode()).as(run::toString).isEqualTo(5);
		assertThat(run.stdoutBytes()).as(run::toString).isEmpty();
		assertThat(run.lastStderrLine()).startsWith("atlas: error: Bean 'databaseVersionCustomizer' asked data source "
				+ "'dataSource' for a connection while the application started, and print mode never connects");
		assertThat(this.database.settledSessions()).isEqualTo(sessions);
	}

	private void assertPrintsLeavingDatabaseAlone(String profile, String history) throws Exception {
		List<String> customers = this.database.query(CUSTOMERS);
		List<String> applied = this.database.query(history);
		assertThat(customers).hasSize(2);
		long sessions = this.database.settledSessions();
		Result run = print(profile);
		assertThat(run.exitCode()).as(run::toString).isZero();
		assertThat(run.stdoutLines()).as(run::toString)
			.contains("create table customer (id bigint not null, name varchar(100) not null, email varchar(255), "
					+ "primary key (id));")
			.allMatch((line) -> line.isEmpty() || line.startsWith("-- atlas:pos ") || line.endsWith(";"));
		assertThat(this.database.settledSessions()).as("sessions of %s", this.database.name()).isEqualTo(sessions);
		assertThat(this.database.query(history)).isEqualTo(applied);
		assertThat(this.database.query(CUSTOMERS)).isEqualTo(customers);
	}

	private Result print(String profile) {
		return app.run(arguments(profile, "--atlas.print-schema", "--atlas.dialect=postgres"));
	}

	private void start(String profile, String... more) {
		Result run = app.run(arguments(profile, more));
		assertThat(run.exitCode()).as(run::toString).isZero();
	}

	private List<String> arguments(String profile, String... more) {
		List<String> arguments = new ArrayList<>(this.database.springArguments());
		arguments.add("--spring.profiles.active=" + profile);
		arguments.addAll(List.of(more));
		return arguments;
	}

}
