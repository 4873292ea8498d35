package io.github.atlasspring.hostile;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode against real databases holding rows: DDL on standard output, nothing else
 * anywhere, and not a single session on either database.
 */
class PrintModeLeavesDatabasesAloneIT {

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
	void printsPrimaryUnitWithoutOpeningASession() throws Exception {
		HostileApp.Run run = printLeavingDatabasesAlone("entityManagerFactory");
		assertThat(run.stdout()).contains("create table customer (", "create table job_run (")
			.doesNotContain("purchase_order");
	}

	@Test
	void printsOrdersUnitWithoutOpeningASession() throws Exception {
		HostileApp.Run run = printLeavingDatabasesAlone("orders");
		assertThat(run.stdout()).contains("create table purchase_order (").doesNotContain("customer", "job_run");
		assertThat(run.stderr()).as("the orders data source's println goes to standard error")
			.contains("HOSTILE-ORDERS-DATASOURCE");
	}

	private HostileApp.Run printLeavingDatabasesAlone(String unit) throws Exception {
		String main = this.databases.main();
		String orders = this.databases.orders();
		List<String> customers = this.databases.rows(main, "customer");
		List<String> purchaseOrders = this.databases.rows(orders, "purchase_order");
		List<String> mainTables = this.databases.tables(main);
		List<String> ordersTables = this.databases.tables(orders);
		assertThat(customers).hasSize(3);
		assertThat(purchaseOrders).hasSize(2);
		long[] sessionsBefore = this.databases.settledSessions();
		List<String> args = new ArrayList<>(this.databases.arguments());
		args.add("--atlas.print-schema");
		args.add("--atlas.persistence-unit=" + unit);
		HostileApp.Run run = HostileApp.run(args);
		PrintOutput.assertOnlyDdl(run);
		assertThat(this.databases.settledSessions()).as("sessions of %s and %s", main, orders)
			.containsExactly(sessionsBefore);
		assertThat(this.databases.tables(main)).as("no Flyway history, no data.sql, no Hibernate DDL")
			.isEqualTo(mainTables)
			.containsExactly("customer", "job_run");
		assertThat(this.databases.tables(orders)).isEqualTo(ordersTables).containsExactly("purchase_order");
		assertThat(this.databases.rows(main, "customer")).isEqualTo(customers);
		assertThat(this.databases.rows(main, "job_run")).as("the scheduled job never ran").isEmpty();
		assertThat(this.databases.rows(orders, "purchase_order")).as("the runner never ran").isEqualTo(purchaseOrders);
		return run;
	}

}
