package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A database server the tests create their databases on: the one that
 * {@code ATLAS_TEST_<NAME>_URL}, {@code _USERNAME} and {@code _PASSWORD} name, else a
 * Testcontainers container started on first use and kept for the test run.
 */
final class DatabaseServer {

	static final DatabaseServer POSTGRESQL = new DatabaseServer("POSTGRES",
			() -> new PostgreSQLContainer("postgres:15-alpine"));

	static final DatabaseServer MARIADB = new DatabaseServer("MARIADB",
			() -> new MariaDBContainer("mariadb:10.11").withUsername("root"));

	static final DatabaseServer MYSQL = new DatabaseServer("MYSQL",
			() -> new MySQLContainer("mysql:8.4").withUsername("root"));

	private final String name;

	private final Supplier<JdbcDatabaseContainer<?>> container;

	private JdbcAccess admin;

	private String version;

	private DatabaseServer(String name, Supplier<JdbcDatabaseContainer<?>> container) {
		this.name = name;
		this.container = container;
	}

	static boolean postgresqlAvailable() {
		return POSTGRESQL.isAvailable();
	}

	static boolean mariadbAvailable() {
		return MARIADB.isAvailable();
	}

	static boolean mysqlAvailable() {
		return MYSQL.isAvailable();
	}

	boolean isAvailable() {
		return env("URL") != null || DockerClientFactory.instance().isDockerAvailable();
	}

	/**
	 * Return access to the server as a user that may create and drop databases.
	 * @return the access
	 */
	synchronized JdbcAccess admin() {
		if (this.admin == null) {
			this.admin = (env("URL") != null) ? new JdbcAccess(env("URL"), env("USERNAME"), env("PASSWORD"))
					: start(this.container.get());
		}
		return this.admin;
	}

	/**
	 * Return the version of the server.
	 * @param parts how many parts to give: 1 for the major version, 2 for major and minor
	 * @return the version, such as {@code 15} or {@code 10.11}
	 */
	synchronized String version(int parts) {
		if (this.version == null) {
			try (Connection connection = admin().connect()) {
				DatabaseMetaData metaData = connection.getMetaData();
				this.version = metaData.getDatabaseMajorVersion() + "." + metaData.getDatabaseMinorVersion();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Failed to read the version of " + this.admin.url(), ex);
			}
		}
		return (parts == 1) ? this.version.substring(0, this.version.indexOf('.')) : this.version;
	}

	private static JdbcAccess start(JdbcDatabaseContainer<?> container) {
		container.start();
		return new JdbcAccess(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private String env(String suffix) {
		String value = System.getenv("ATLAS_TEST_" + this.name + "_" + suffix);
		return (value != null && !value.isBlank()) ? value : null;
	}

}
