package io.github.atlasspring.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on a real server given by {@code ATLAS_TEST_<NAME>_URL},
 * {@code _USERNAME} and {@code _PASSWORD}, dropped on close.
 */
final class TestDatabase implements AutoCloseable {

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String name;

	private TestDatabase(String serverUrl, String username, String password) throws SQLException {
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		this.name = "sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(serverUrl, "create database " + this.name);
	}

	/**
	 * Return whether the server is configured.
	 * @param server the server name, such as {@code POSTGRES}
	 * @return whether {@code ATLAS_TEST_<server>_URL} is set
	 */
	static boolean isConfigured(String server) {
		return System.getenv("ATLAS_TEST_" + server + "_URL") != null;
	}

	static TestDatabase create(String server) throws SQLException {
		return new TestDatabase(System.getenv("ATLAS_TEST_" + server + "_URL"), environment(server, "USERNAME"),
				environment(server, "PASSWORD"));
	}

	/**
	 * Return the JDBC URL of the fresh database.
	 * @return the URL
	 */
	String url() {
		int slash = this.serverUrl.lastIndexOf('/');
		int query = this.serverUrl.indexOf('?', slash);
		return this.serverUrl.substring(0, slash + 1) + this.name + ((query >= 0) ? this.serverUrl.substring(query) : "");
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	/**
	 * Execute statements one by one, as Atlas replays a schema on its dev database.
	 * @param statements the statements
	 */
	void executeEach(List<String> statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), this.username, this.password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
				}
				catch (SQLException ex) {
					throw new AssertionError("Statement failed: " + sql + "\n" + ex.getMessage(), ex);
				}
			}
		}
	}

	@Override
	public void close() throws SQLException {
		String force = this.serverUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? " with (force)" : "";
		execute(this.serverUrl, "drop database if exists " + this.name + force);
	}

	private void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String environment(String server, String name) {
		String value = System.getenv("ATLAS_TEST_" + server + "_" + name);
		return (value != null) ? value : "";
	}

}
