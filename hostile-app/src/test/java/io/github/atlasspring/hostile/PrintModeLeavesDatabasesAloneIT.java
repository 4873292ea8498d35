package io.github.atlasspring.hostile;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode against real databases holding rows: DDL on standard output, nothing else
 * anywhere, and not a single session on either database.
 */
class PrintModeLeavesDatabasesAloneIT {

	private HostileDatabases databases;

	@BeforeEach
	void createDatabases() throws Exception {
		this.databases = HostileDatabases.create();
	}

	@AfterEach
	void dropDatabases() throws Exception {
		if (this.databases != null) {
			this.databases.close();
		}
	}

	@Test
	void printsPrimaryUnitWithoutOpeningASession() throws Exception {
		Result run = printLeavingDatabasesAlone("entityManagerFactory");
		assertThat(run.statements()).anyMatch((line) -> line.startsWith("create table customer ("))
			.anyMatch((line) -> line.startsWith("create table job_run ("))
			.noneMatch((line) -> line.contains("purchase_order"));
	}

	@Test
	void printsOrdersUnitWithoutOpeningASession() throws Exception {
		Result run = printLeavingDatabasesAlone("orders");
		assertThat(run.statements()).anyMatch((line) -> line.startsWith("create table purchase_order ("))
			.noneMatch((line) -> line.contains("customer") || line.contains("job_run"));
		assertThat(run.stderr()).as("the orders data source's println goes to standard error")
			.contains("HOSTILE-ORDERS-DATASOURCE");
	}

	private Result printLeavingDatabasesAlone(String unit) throws Exception {
		TestDatabase main = this.databases.main;
		TestDatabase orders = this.databases.orders;
		List<String> customers = HostileDatabases.rows(main, "customer");
		List<String> purchaseOrders = HostileDatabases.rows(orders, "purchase_order");
		assertThat(customers).hasSize(3);
		assertThat(purchaseOrders).hasSize(2);
		long[] sessionsBefore = { main.settledSessions(), orders.settledSessions() };
		List<String> args = new ArrayList<>(this.databases.arguments());
		args.add("--atlas.print-schema");
		args.add("--atlas.persistence-unit=" + unit);
		Result run = HostileApp.run(args);
		PrintOutput.assertOnlyDdl(run);
		assertThat(new long[] { main.settledSessions(), orders.settledSessions() })
			.as("sessions of %s and %s", main.name(), orders.name())
			.containsExactly(sessionsBefore);
		assertThat(HostileDatabases.tables(main)).as("no Flyway history, no data.sql, no Hibernate DDL")
			.containsExactly("customer", "job_run");
		assertThat(HostileDatabases.tables(orders)).containsExactly("purchase_order");
		assertThat(HostileDatabases.rows(main, "customer")).isEqualTo(customers);
		assertThat(HostileDatabases.rows(main, "job_run")).as("the scheduled job never ran").isEmpty();
		assertThat(HostileDatabases.rows(orders, "purchase_order")).as("the runner never ran")
			.isEqualTo(purchaseOrders);
		return run;
	}

}
