package io.github.atlasspring.schema;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A {@link DataSource} with a JDBC URL that counts and refuses connection attempts.
 */
public class RefusingDataSource implements DataSource {

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

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		throw new SQLException("Not a wrapper");
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return false;
	}

}
