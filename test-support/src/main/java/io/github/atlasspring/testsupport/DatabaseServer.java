package io.github.atlasspring.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real database server that tests create their own databases on: the one that
 * {@code ATLAS_TEST_<NAME>_URL}, {@code _USERNAME} and {@code _PASSWORD} name, else a
 * Testcontainers container started on first use and kept for the test run. Without
 * either, {@link #assumeAvailable()} skips the test with the reason.
 */
public final class DatabaseServer {

	/**
	 * PostgreSQL: {@code ATLAS_TEST_POSTGRES_*}, else {@code postgres:15-alpine}.
	 */
	public static final DatabaseServer POSTGRESQL = new DatabaseServer("POSTGRES", "postgres",
			() -> new PostgreSQLContainer("postgres:15-alpine"));

	/**
	 * MariaDB: {@code ATLAS_TEST_MARIADB_*}, else {@code mariadb:10.11}.
	 */
	public static final DatabaseServer MARIADB = new DatabaseServer("MARIADB", "root",
			() -> new MariaDBContainer("mariadb:10.11").withUsername("root"));

	/**
	 * MySQL: {@code ATLAS_TEST_MYSQL_*}, else {@code mysql:8.4}.
	 */
	public static final DatabaseServer MYSQL = new DatabaseServer("MYSQL", "root",
			() -> new MySQLContainer("mysql:8.4").withUsername("root"));

	private final String name;

	private final String defaultUsername;

	private final Supplier<JdbcDatabaseContainer<?>> container;

	private Login admin;

	private String version;

	private DatabaseServer(String name, String defaultUsername, Supplier<JdbcDatabaseContainer<?>> container) {
		this.name = name;
		this.defaultUsername = defaultUsername;
		this.container = container;
	}

	/**
	 * Return whether the server is configured or Docker can start one.
	 * @return whether the server is available
	 */
	public boolean isAvailable() {
		return env("URL") != null || DockerClientFactory.instance().isDockerAvailable();
	}

	/**
	 * Skip the calling test, with the reason, when the server is not available.
	 */
	public void assumeAvailable() {
		Assumptions.assumeTrue(isAvailable(), () -> "ATLAS_TEST_" + this.name + "_URL is not set and Docker is not "
				+ "available: set it (and _USERNAME, _PASSWORD) to a server the tests may create databases on");
	}

	/**
	 * Create an empty database, dropped again when the returned database is closed.
	 * @param prefix the start of its name
	 * @return the database
	 */
	public TestDatabase createDatabase(String prefix) {
		assumeAvailable();
		String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		database = database.toLowerCase(Locale.ROOT);
		Login admin = admin();
		admin.execute("create database " + database);
		return new TestDatabase(this, admin.withDatabase(database), database);
	}

	/**
	 * Return the server's version.
	 * @param parts 1 for the major version, 2 for major and minor
	 * @return the version, such as {@code 15} or {@code 10.11}
	 */
	public synchronized String version(int parts) {
		if (this.version == null) {
			try (Connection connection = admin().connect()) {
				DatabaseMetaData metaData = connection.getMetaData();
				this.version = metaData.getDatabaseMajorVersion() + "." + metaData.getDatabaseMinorVersion();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot read the version of " + this.admin.url(), ex);
			}
		}
		return (parts == 1) ? this.version.substring(0, this.version.indexOf('.')) : this.version;
	}

	/**
	 * Return a login with the rights to create and drop databases.
	 * @return the login
	 */
	public synchronized Login admin() {
		assumeAvailable();
		if (this.admin == null) {
			this.admin = (env("URL") != null) ? new Login(env("URL"), username(), password()) : start();
		}
		return this.admin;
	}

	void drop(String database) {
		String force = (this == POSTGRESQL) ? " with (force)" : "";
		admin().execute("drop database if exists " + database + force);
	}

	private Login start() {
		JdbcDatabaseContainer<?> started = this.container.get();
		started.start();
		return new Login(started.getJdbcUrl(), started.getUsername(), started.getPassword());
	}

	private String username() {
		String username = env("USERNAME");
		return (username != null) ? username : this.defaultUsername;
	}

	private String password() {
		String password = env("PASSWORD");
		return (password != null) ? password : "";
	}

	private String env(String suffix) {
		String value = System.getenv("ATLAS_TEST_" + this.name + "_" + suffix);
		return (value != null && !value.isBlank()) ? value : null;
	}

	/**
	 * A JDBC URL with the user and password to connect with.
	 *
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password
	 */
	public record Login(String url, String username, String password) {

		/**
		 * Open a connection.
		 * @return the connection
		 * @throws SQLException if it cannot be opened
		 */
		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.username, this.password);
		}

		/**
		 * Run one statement.
		 * @param sql the statement
		 * @throws IllegalStateException if it fails
		 */
		public void execute(String sql) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot run '" + sql + "' on " + this.url, ex);
			}
		}

		/**
		 * Return the login to another database of the same server.
		 * @param database the database's name
		 * @return the login
		 */
		public Login withDatabase(String database) {
			int slash = this.url.lastIndexOf('/');
			int query = this.url.indexOf('?', slash);
			String rest = (query >= 0) ? this.url.substring(query) : "";
			return new Login(this.url.substring(0, slash + 1) + database + rest, this.username, this.password);
		}

	}

}
