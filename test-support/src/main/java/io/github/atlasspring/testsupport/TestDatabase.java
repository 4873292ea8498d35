package io.github.atlasspring.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * A database created empty on a {@link DatabaseServer} for one test, dropped on
 * {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

	private final DatabaseServer server;

	private final Login login;

	private final String name;

	TestDatabase(DatabaseServer server, Login login, String name) {
		this.server = server;
		this.login = login;
		this.name = name;
	}

	/**
	 * Return the database's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Return the login to the database.
	 * @return the login
	 */
	public Login login() {
		return this.login;
	}

	/**
	 * Return the arguments that point a Spring Boot application at this database.
	 * @return {@code --spring.datasource.*} arguments
	 */
	public List<String> springArguments() {
		return List.of("--spring.datasource.url=" + this.login.url(),
				"--spring.datasource.username=" + this.login.username(),
				"--spring.datasource.password=" + this.login.password());
	}

	/**
	 * Open a connection to the database.
	 * @return the connection
	 * @throws SQLException if it cannot be opened
	 */
	public Connection connect() throws SQLException {
		return this.login.connect();
	}

	/**
	 * Execute statements one by one, as Atlas replays a schema on its dev database.
	 * @param statements the statements, each may end with {@code ;}
	 * @throws SQLException if one fails, naming it
	 */
	public void executeEach(List<String> statements) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
				}
				catch (SQLException ex) {
					throw new SQLException("Statement failed: " + sql + ": " + ex.getMessage(), ex);
				}
			}
		}
	}

	/**
	 * Execute a script as Atlas replays one on its dev database: statement by statement,
	 * each ending with {@code ;} at the end of a line, with the comment and blank lines
	 * before it (such as Atlas's position directives) sent along with it.
	 * @param script the script
	 * @throws SQLException if a statement fails, naming it
	 */
	public void executeScript(String script) throws SQLException {
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		for (String line : script.lines().toList()) {
			statement.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				statements.add(statement.toString().strip());
				statement.setLength(0);
			}
		}
		executeEach(statements);
	}

	/**
	 * Return the rows a query answers, one string a row with columns separated by
	 * {@code |}.
	 * @param sql the query
	 * @return the rows
	 * @throws SQLException on failure
	 */
	public List<String> query(String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
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
	 * Return how many sessions PostgreSQL has counted for this database, asked over a
	 * connection to the server's own database so that the question is not counted. Waits
	 * for the count to settle first: the statistics are flushed asynchronously.
	 * @return the session count
	 * @throws SQLException on failure
	 * @throws InterruptedException if interrupted while waiting
	 */
	public long settledSessions() throws SQLException, InterruptedException {
		long previous = sessions();
		for (int i = 0; i < 20; i++) {
			Thread.sleep(250);
			long current = sessions();
			if (current == previous) {
				return current;
			}
			previous = current;
		}
		return previous;
	}

	private long sessions() throws SQLException {
		if (this.server != DatabaseServer.POSTGRESQL) {
			throw new IllegalStateException("Only PostgreSQL counts sessions per database");
		}
		try (Connection connection = this.server.admin().connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_stat_force_next_flush()");
				statement.execute("select pg_stat_clear_snapshot()");
			}
			try (PreparedStatement statement = connection
				.prepareStatement("select sessions from pg_stat_database where datname = ?")) {
				statement.setString(1, this.name);
				try (ResultSet result = statement.executeQuery()) {
					return result.next() ? result.getLong(1) : 0;
				}
			}
		}
	}

	@Override
	public void close() {
		this.server.drop(this.name);
	}

}
