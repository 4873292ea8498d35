package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a part of a database's catalog that JDBC metadata does not show, such as check
 * constraints and sequences, into a {@link SchemaSnapshot}.
 */
@FunctionalInterface
interface CatalogReader {

	void read(Connection connection, SchemaSnapshot.Builder snapshot) throws SQLException;

	/**
	 * Return a reader that runs a catalog query. Its first three columns are the
	 * namespace, the table (or {@code null}) and the name of an object; the other columns
	 * describe the object.
	 * @param kind the kind of object, such as {@code check}
	 * @param sql the query
	 * @return the reader
	 */
	static CatalogReader query(String kind, String sql) {
		return (connection, snapshot) -> {
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				ResultSetMetaData metaData = rows.getMetaData();
				while (rows.next()) {
					List<String> attributes = new ArrayList<>();
					for (int column = 4; column <= metaData.getColumnCount(); column++) {
						attributes.add(metaData.getColumnLabel(column).toLowerCase(Locale.ROOT) + "="
								+ rows.getString(column));
					}
					snapshot.add(kind, rows.getString(1), rows.getString(2), rows.getString(3),
							String.join(" ", attributes));
				}
			}
		};
	}

}
