package io.github.atlasspring.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * A {@link DataSource} with a JDBC URL that counts and refuses connection attempts.
 */
public class RefusingDataSource extends AbstractDataSource {

	private final String url;

	private final AtomicInteger connectionAttempts = new AtomicInteger();

	public RefusingDataSource(String url) {
		this.url = url;
	}

	public String getUrl() {
		return this.url;
	}

	public int getConnectionAttempts() {
		return this.connectionAttempts.get();
	}

	@Override
	public Connection getConnection() throws SQLException {
		this.connectionAttempts.incrementAndGet();
		throw new SQLException("Connection refused by test");
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

}
