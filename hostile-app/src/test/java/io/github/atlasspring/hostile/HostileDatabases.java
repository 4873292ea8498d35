package io.github.atlasspring.hostile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.TestDatabase;

/**
 * Two fresh PostgreSQL databases holding rows, one per persistence unit of the hostile
 * application.
 */
final class HostileDatabases implements AutoCloseable {

	final TestDatabase main;

	final TestDatabase orders;

	private HostileDatabases(TestDatabase main, TestDatabase orders) {
		this.main = main;
		this.orders = orders;
	}

	/**
	 * Create the databases, or skip the test when there is no PostgreSQL.
	 * @return the databases
	 * @throws SQLException if their tables cannot be created
	 */
	static HostileDatabases create() throws SQLException {
		TestDatabase main = DatabaseServer.POSTGRESQL.createDatabase("atlas_hostile");
		TestDatabase orders = DatabaseServer.POSTGRESQL.createDatabase("atlas_hostile_orders");
		main.executeEach(List.of("create table customer (id bigint primary key, name varchar(100) not null)",
				"create table job_run (id bigserial primary key, ran_at timestamp(6) with time zone)",
				"insert into customer (id, name) values (1, 'Ada'), (2, 'Grace'), (3, 'Edsger')"));
		orders.executeEach(List.of("create table purchase_order (id bigint primary key, total numeric(10,2) not null)",
				"insert into purchase_order (id, total) values (10, 12.50), (11, 99.99)"));
		return new HostileDatabases(main, orders);
	}

	/**
	 * Return the arguments that point the application at these databases.
	 * @return the arguments
	 */
	List<String> arguments() {
		List<String> arguments = new ArrayList<>(this.main.springArguments());
		arguments.add("--hostile.orders.url=" + this.orders.login().url());
		arguments.add("--hostile.orders.username=" + this.orders.login().username());
		arguments.add("--hostile.orders.password=" + this.orders.login().password());
		return arguments;
	}

	static List<String> rows(TestDatabase database, String table) throws SQLException {
		return database.query("select * from " + table + " order by 1");
	}

	static List<String> tables(TestDatabase database) throws SQLException {
		return database.query("select table_name from information_schema.tables where table_schema = 'public' "
				+ "order by table_name");
	}

	@Override
	public void close() {
		this.main.close();
		this.orders.close();
	}

}
