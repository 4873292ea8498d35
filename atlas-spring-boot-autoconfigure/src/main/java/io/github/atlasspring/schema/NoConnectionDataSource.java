package io.github.atlasspring.schema;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * A data source that refuses every connection: schema export works from mappings only.
 */
final class NoConnectionDataSource extends AbstractDataSource {

	static final NoConnectionDataSource INSTANCE = new NoConnectionDataSource();

	private NoConnectionDataSource() {
	}

	@Override
	public Connection getConnection() throws SQLException {
		throw new SQLException("Schema export never connects to a database");
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return getConnection();
	}

}
