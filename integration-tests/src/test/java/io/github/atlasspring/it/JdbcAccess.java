package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect to a database over JDBC.
 *
 * @param url the JDBC URL
 * @param username the user name, may be {@code null}
 * @param password the password, may be {@code null}
 */
record JdbcAccess(String url, String username, String password) {

	private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]*/)([^?;]*)(.*)$");

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed to execute '" + sql + "' on " + this.url, ex);
		}
	}

	/**
	 * Return the same access for another database of the same server.
	 * @param database the database name
	 * @return the access
	 */
	JdbcAccess withDatabase(String database) {
		Matcher matcher = SERVER_URL.matcher(this.url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Cannot tell the database in JDBC URL " + this.url);
		}
		return new JdbcAccess(matcher.group(1) + database + matcher.group(3), this.username, this.password);
	}

}
