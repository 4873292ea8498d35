package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database created empty for one test and dropped after it: on the server that
 * {@code ATLAS_TEST_<NAME>_URL}, {@code _USERNAME} and {@code _PASSWORD} name, as a user
 * that may create and drop databases; for MySQL without such a server, in a
 * Testcontainers container where Docker is; for H2, in memory. A test whose server is not
 * there is skipped. PostgreSQL commits without waiting for the disk: these databases are
 * thrown away, and the tests spend most of their time committing DDL.
 */
final class TestDatabase implements AutoCloseable {

	private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:[a-z]+://[^/?]*/)([^?;]*)(.*)$");

	private static @Nullable MySQLContainer mysqlContainer;

	private final Server server;

	private final String url;

	private final String name;

	private TestDatabase(Server server, String url, String name) {
		this.server = server;
		this.url = url;
		this.name = name;
	}

	/**
	 * Create an empty database, or skip the test if its server is not there.
	 * @param server the kind of server
	 * @return the database
	 */
	static TestDatabase create(Server server) {
		String name = "atlas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (server == Server.H2) {
			return new TestDatabase(server, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", name);
		}
		assumeTrue(server.isAvailable(), () -> "No " + server + " server: set ATLAS_TEST_" + server.variable
				+ "_URL" + ((server == Server.MYSQL) ? " or run where Docker is" : ""));
		server.execute("create database " + name);
		Matcher url = SERVER_URL.matcher(server.url());
		if (!url.matches()) {
			throw new IllegalStateException("Cannot tell the database in JDBC URL " + server.url());
		}
		return new TestDatabase(server, url.group(1) + name + url.group(3), name);
	}

	DataSource dataSource() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.url);
		dataSource.setConnectionProperties(this.server.connectionProperties());
		return dataSource;
	}

	/**
	 * Return the server's version as Atlas names it, to print the DDL for.
	 * @return the version, such as {@code 15} or {@code 10.11}, or {@code null} for H2
	 */
	@Nullable String version() {
		return this.server.version();
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
		if (this.server == Server.H2) {
			try (Connection connection = dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown");
			}
		}
		else {
			this.server.execute("drop database if exists " + this.name
					+ ((this.server == Server.POSTGRESQL) ? " with (force)" : ""));
		}
	}

	/**
	 * The kinds of server the tests run on.
	 */
	enum Server {

		POSTGRESQL("postgres", "POSTGRES"), MARIADB("mariadb", "MARIADB"), MYSQL("mysql", "MYSQL"), H2("h2", "H2");

		private final String dialect;

		private final String variable;

		private @Nullable Boolean available;

		private @Nullable String version;

		Server(String dialect, String variable) {
			this.dialect = dialect;
			this.variable = variable;
		}

		String dialect() {
			return this.dialect;
		}

		private synchronized boolean isAvailable() {
			if (this.available == null) {
				this.available = env("URL") != null
						|| (this == MYSQL && DockerClientFactory.instance().isDockerAvailable());
			}
			return this.available;
		}

		private synchronized @Nullable String version() {
			if (this != H2 && this.version == null) {
				try (Connection connection = DriverManager.getConnection(url(), connectionProperties())) {
					DatabaseMetaData metaData = connection.getMetaData();
					int major = metaData.getDatabaseMajorVersion();
					this.version = (this == POSTGRESQL) ? String.valueOf(major)
							: major + "." + metaData.getDatabaseMinorVersion();
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Cannot read the version of " + url(), ex);
				}
			}
			return this.version;
		}

		private String url() {
			String url = env("URL");
			return (url != null) ? url : mysql().getJdbcUrl();
		}

		private @Nullable String username() {
			if (this == H2) {
				return "sa";
			}
			return (env("URL") != null) ? env("USERNAME") : mysql().getUsername();
		}

		private @Nullable String password() {
			if (this == H2) {
				return "";
			}
			return (env("URL") != null) ? env("PASSWORD") : mysql().getPassword();
		}

		private Properties connectionProperties() {
			Properties properties = new Properties();
			if (username() != null) {
				properties.setProperty("user", username());
			}
			if (password() != null) {
				properties.setProperty("password", password());
			}
			if (this == POSTGRESQL) {
				properties.setProperty("options", "-c synchronous_commit=off");
			}
			return properties;
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(url(), connectionProperties());
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot run '" + sql + "' on " + url(), ex);
			}
		}

		private @Nullable String env(String suffix) {
			String value = System.getenv("ATLAS_TEST_" + this.variable + "_" + suffix);
			return (value != null && !value.isBlank()) ? value : null;
		}

		private static synchronized MySQLContainer mysql() {
			if (mysqlContainer == null) {
				mysqlContainer = new MySQLContainer("mysql:8.4").withUsername("root");
				mysqlContainer.start();
			}
			return mysqlContainer;
		}

	}

}
