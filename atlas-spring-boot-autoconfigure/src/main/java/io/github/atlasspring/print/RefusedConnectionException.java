package io.github.atlasspring.print;

import java.sql.SQLNonTransientConnectionException;

/**
 * Thrown in print mode instead of opening a database connection: print mode never
 * connects to a database.
 */
public final class RefusedConnectionException extends SQLNonTransientConnectionException {

	private static final String SQL_STATE_CONNECTION_REJECTED = "08004";

	private final String connectionSource;

	RefusedConnectionException(String connectionSource) {
		super("Print mode refused a connection from " + connectionSource + ": it never connects to a database",
				SQL_STATE_CONNECTION_REJECTED);
		this.connectionSource = connectionSource;
	}

	/**
	 * Return the bean that was asked for a connection.
	 * @return a description such as {@code data source 'dataSource'}
	 */
	public String getConnectionSource() {
		return this.connectionSource;
	}

}
