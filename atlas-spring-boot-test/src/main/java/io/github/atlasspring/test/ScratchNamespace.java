package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.github.atlasspring.schema.SchemaDialect;

/**
 * How a database lends one connection an empty namespace for the printed DDL and takes it
 * back: a schema on PostgreSQL and H2, a database on MySQL and MariaDB. Each is created
 * on the server the connection already uses, entered by changing the connection's current
 * schema or database, and dropped after the connection's own is restored.
 */
enum ScratchNamespace {

	POSTGRESQL {

		@Override
		Namespace current(Connection connection) throws SQLException {
			return Namespace.schema(connection.getSchema());
		}

		@Override
		String state(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("show search_path")) {
				result.next();
				return result.getString(1);
			}
		}

		@Override
		Namespace enter(Connection connection, String name) throws SQLException {
			execute(connection, "create schema " + name);
			execute(connection, "set search_path to " + name);
			return Namespace.schema(name);
		}

		@Override
		void restore(Connection connection, String state) throws SQLException {
			try (PreparedStatement statement = connection
				.prepareStatement("select set_config('search_path', ?, false)")) {
				statement.setString(1, state);
				statement.execute();
			}
		}

		@Override
		void drop(Connection connection, String name) throws SQLException {
			execute(connection, "drop schema if exists " + name + " cascade");
		}

	},

	H2 {

		@Override
		Namespace current(Connection connection) throws SQLException {
			return Namespace.schema(connection.getSchema());
		}

		@Override
		String state(Connection connection) throws SQLException {
			return connection.getSchema();
		}

		@Override
		Namespace enter(Connection connection, String name) throws SQLException {
			String schema = name.toUpperCase(Locale.ROOT);
			execute(connection, "create schema " + schema);
			connection.setSchema(schema);
			return Namespace.schema(schema);
		}

		@Override
		void restore(Connection connection, String state) throws SQLException {
			connection.setSchema(state);
		}

		@Override
		void drop(Connection connection, String name) throws SQLException {
			execute(connection, "drop schema if exists " + name + " cascade");
		}

	},

	MYSQL {

		@Override
		Namespace current(Connection connection) throws SQLException {
			String database = connection.getCatalog();
			if (database == null) {
				throw new IllegalArgumentException(
						"The DataSource's connections use no database: name the migrated database in its JDBC URL");
			}
			return Namespace.catalog(database);
		}

		@Override
		String state(Connection connection) throws SQLException {
			return current(connection).toString();
		}

		@Override
		Namespace enter(Connection connection, String name) throws SQLException {
			execute(connection, "create database " + name);
			connection.setCatalog(name);
			return Namespace.catalog(name);
		}

		@Override
		void restore(Connection connection, String state) throws SQLException {
			connection.setCatalog(state);
		}

		@Override
		void drop(Connection connection, String name) throws SQLException {
			execute(connection, "drop database if exists " + name);
		}

	};

	/**
	 * The prefix of every scratch namespace's name, which ends in random characters.
	 */
	static final String PREFIX = "atlas_drift_";

	/**
	 * Return how to lend a namespace on a database.
	 * @param dialect the database
	 * @return the way to lend a namespace
	 * @throws IllegalArgumentException if the database is not supported
	 */
	static ScratchNamespace of(SchemaDialect dialect) {
		return switch (dialect) {
			case POSTGRESQL -> POSTGRESQL;
			case H2 -> H2;
			case MYSQL, MARIADB -> MYSQL;
			default -> throw new IllegalArgumentException("Cannot compare a " + dialect.productName()
					+ " schema with its migrations: use a DDL printed for PostgreSQL, MySQL, MariaDB or H2");
		};
	}

	static String newName() {
		return PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * Return the namespace the connection uses by default: where the migrations ran.
	 * @param connection the connection
	 * @return the namespace
	 */
	abstract Namespace current(Connection connection) throws SQLException;

	/**
	 * Return what {@link #enter} changes on the connection, to give to {@link #restore}.
	 * @param connection the connection
	 * @return the state
	 */
	abstract String state(Connection connection) throws SQLException;

	/**
	 * Create an empty namespace and make it the connection's current one.
	 * @param connection the connection
	 * @param name the namespace's name
	 * @return the namespace
	 */
	abstract Namespace enter(Connection connection, String name) throws SQLException;

	abstract void restore(Connection connection, String state) throws SQLException;

	abstract void drop(Connection connection, String name) throws SQLException;

	/**
	 * Return whether the database creates an index for every foreign key by itself.
	 * @return whether it does
	 */
	boolean indexesForeignKeys() {
		return this != POSTGRESQL;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
