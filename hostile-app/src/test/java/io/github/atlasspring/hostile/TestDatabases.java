package io.github.atlasspring.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Two fresh PostgreSQL databases holding rows, one per persistence unit of the hostile
 * application, on the server named by {@code ATLAS_TEST_POSTGRES_URL}.
 */
final class TestDatabases implements AutoCloseable {

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String main;

	private final String orders;

	private TestDatabases(String serverUrl, String username, String password) throws SQLException {
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		this.main = "atlas_hostile_" + suffix;
		this.orders = "atlas_hostile_orders_" + suffix;
		try (Connection connection = connect(this.serverUrl); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + this.main);
			statement.execute("CREATE DATABASE " + this.orders);
		}
		try (Connection connection = connect(url(this.main)); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(100) NOT NULL)");
			statement.execute("CREATE TABLE job_run (id bigserial PRIMARY KEY, ran_at timestamp(6) with time zone)");
			statement.execute("INSERT INTO customer (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger')");
		}
		try (Connection connection = connect(url(this.orders)); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE purchase_order (id bigint PRIMARY KEY, total numeric(10,2) NOT NULL)");
			statement.execute("INSERT INTO purchase_order (id, total) VALUES (10, 12.50), (11, 99.99)");
		}
	}

	/**
	 * Create the databases, or skip the test when no PostgreSQL server is configured.
	 * @return the databases
	 * @throws SQLException if they cannot be created
	 */
	static TestDatabases create() throws SQLException {
		String url = System.getenv("ATLAS_TEST_POSTGRES_URL");
		assumeThat(url).as("ATLAS_TEST_POSTGRES_URL is not set (for example jdbc:postgresql://127.0.0.1:5432/postgres): "
				+ "these tests need a PostgreSQL 14+ server").isNotBlank();
		String username = System.getenv().getOrDefault("ATLAS_TEST_POSTGRES_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("ATLAS_TEST_POSTGRES_PASSWORD", "");
		return new TestDatabases(url, username, password);
	}

	/**
	 * Return the arguments that point the application at these databases.
	 * @return the arguments
	 */
	List<String> arguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add("--spring.datasource.url=" + url(this.main));
		arguments.add("--spring.datasource.username=" + this.username);
		arguments.add("--spring.datasource.password=" + this.password);
		arguments.add("--hostile.orders.url=" + url(this.orders));
		arguments.add("--hostile.orders.username=" + this.username);
		arguments.add("--hostile.orders.password=" + this.password);
		return arguments;
	}

	String main() {
		return this.main;
	}

	String orders() {
		return this.orders;
	}

	/**
	 * Return the rows of a table, one string a row, ordered by the first column.
	 * @param database the database
	 * @param table the table
	 * @return the rows
	 * @throws SQLException on failure
	 */
	List<String> rows(String database, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect(url(database));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append((i > 1) ? "|" : "").append(result.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	/**
	 * Return the tables of the {@code public} schema.
	 * @param database the database
	 * @return the table names, sorted
	 * @throws SQLException on failure
	 */
	List<String> tables(String database) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection connection = connect(url(database));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = 'public' ORDER BY table_name")) {
			while (result.next()) {
				tables.add(result.getString(1));
			}
		}
		return tables;
	}

	/**
	 * Return the number of sessions the server has counted for a database, asked over a
	 * connection to the server's own database so that the question is not counted.
	 * @param database the database
	 * @return the session count
	 * @throws SQLException on failure
	 */
	long sessions(String database) throws SQLException {
		try (Connection connection = connect(this.serverUrl)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_stat_force_next_flush()");
				statement.execute("SELECT pg_stat_clear_snapshot()");
			}
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT sessions FROM pg_stat_database WHERE datname = ?")) {
				statement.setString(1, database);
				try (ResultSet result = statement.executeQuery()) {
					return result.next() ? result.getLong(1) : 0;
				}
			}
		}
	}

	/**
	 * Wait until the session counts of both databases have settled, then return them.
	 * @return the session counts of the main and the orders database
	 * @throws Exception on failure
	 */
	long[] settledSessions() throws Exception {
		long[] previous = { sessions(this.main), sessions(this.orders) };
		for (int i = 0; i < 20; i++) {
			Thread.sleep(500);
			long[] current = { sessions(this.main), sessions(this.orders) };
			if (current[0] == previous[0] && current[1] == previous[1] && current[0] > 0 && current[1] > 0) {
				return current;
			}
			previous = current;
		}
		return previous;
	}

	@Override
	public void close() throws SQLException {
		try (Connection connection = connect(this.serverUrl); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.main + " WITH (FORCE)");
			statement.execute("DROP DATABASE IF EXISTS " + this.orders + " WITH (FORCE)");
		}
	}

	private String url(String database) {
		int slash = this.serverUrl.lastIndexOf('/');
		int query = this.serverUrl.indexOf('?', slash);
		return this.serverUrl.substring(0, slash + 1) + database + ((query >= 0) ? this.serverUrl.substring(query) : "");
	}

	private Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, this.username, this.password);
	}

}
