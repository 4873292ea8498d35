package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * A database created empty for one test and dropped after it: on a {@link DatabaseServer}
 * of the test-support module (the server {@code ATLAS_TEST_*} names, else a container
 * where Docker is, else the test is skipped), or for H2 in memory. PostgreSQL commits
 * without waiting for the disk: these databases are thrown away, and the tests spend most
 * of their time committing DDL.
 */
final class TestDatabase implements AutoCloseable {

	private final Server server;

	private final Login login;

	private final io.github.atlasspring.testsupport.@Nullable TestDatabase serverDatabase;

	private TestDatabase(Server server, Login login,
			io.github.atlasspring.testsupport.@Nullable TestDatabase serverDatabase) {
		this.server = server;
		this.login = login;
		this.serverDatabase = serverDatabase;
	}

	/**
	 * Create an empty database, or skip the test if its server is not there.
	 * @param server the kind of server
	 * @return the database
	 */
	static TestDatabase create(Server server) {
		if (server.databaseServer == null) {
			String name = "atlas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			return new TestDatabase(server, new Login("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
		}
		io.github.atlasspring.testsupport.TestDatabase database = server.databaseServer.createDatabase("atlas_test");
		return new TestDatabase(server, database.login(), database);
	}

	DataSource dataSource() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.login.url());
		Properties properties = new Properties();
		properties.setProperty("user", this.login.username());
		properties.setProperty("password", this.login.password());
		if (this.server == Server.POSTGRESQL) {
			properties.setProperty("options", "-c synchronous_commit=off");
		}
		dataSource.setConnectionProperties(properties);
		return dataSource;
	}

	/**
	 * Return the server's version as Atlas names it, to print the DDL for.
	 * @return the version, such as {@code 15} or {@code 10.11}, or {@code null} for H2
	 */
	@Nullable String version() {
		DatabaseServer databaseServer = this.server.databaseServer;
		if (databaseServer == null) {
			return null;
		}
		return databaseServer.version((this.server == Server.POSTGRESQL) ? 1 : 2);
	}

	/**
	 * Return the schemas and databases a connection to this database sees whose names
	 * start with a prefix, in lower case.
	 * @param prefix the prefix, in lower case
	 * @return the names
	 */
	Set<String> namespacesStartingWith(String prefix) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = dataSource().getConnection();
				ResultSet schemas = connection.getMetaData().getSchemas();
				ResultSet catalogs = connection.getMetaData().getCatalogs()) {
			while (schemas.next()) {
				names.add(schemas.getString("TABLE_SCHEM").toLowerCase(Locale.ROOT));
			}
			while (catalogs.next()) {
				names.add(catalogs.getString("TABLE_CAT").toLowerCase(Locale.ROOT));
			}
		}
		names.removeIf((name) -> !name.startsWith(prefix));
		return names;
	}

	@Override
	public void close() throws SQLException {
		if (this.serverDatabase != null) {
			this.serverDatabase.close();
			return;
		}
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

	/**
	 * The kinds of server the tests run on.
	 */
	enum Server {

		POSTGRESQL("postgres", DatabaseServer.POSTGRESQL), MARIADB("mariadb", DatabaseServer.MARIADB),
		MYSQL("mysql", DatabaseServer.MYSQL), H2("h2", null);

		private final String dialect;

		private final @Nullable DatabaseServer databaseServer;

		Server(String dialect, @Nullable DatabaseServer databaseServer) {
			this.dialect = dialect;
			this.databaseServer = databaseServer;
		}

		String dialect() {
			return this.dialect;
		}

	}

}
