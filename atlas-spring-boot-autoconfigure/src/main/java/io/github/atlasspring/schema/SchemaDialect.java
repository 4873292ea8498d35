package io.github.atlasspring.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The databases a schema can be rendered for, named as Atlas providers name them.
 */
public enum SchemaDialect {

	POSTGRESQL("PostgreSQL", "org.hibernate.dialect.PostgreSQLDialect", List.of("postgres", "postgresql"),
			List.of("jdbc:postgresql:", "jdbc:tc:postgresql:", "jdbc:tc:postgis:")),

	MYSQL("MySQL", "org.hibernate.dialect.MySQLDialect", List.of("mysql"), List.of("jdbc:mysql:", "jdbc:tc:mysql:")),

	MARIADB("MariaDB", "org.hibernate.dialect.MariaDBDialect", List.of("mariadb"),
			List.of("jdbc:mariadb:", "jdbc:tc:mariadb:")),

	SQLITE("SQLite", "org.hibernate.community.dialect.SQLiteDialect", List.of("sqlite"), List.of("jdbc:sqlite:")),

	SQLSERVER("Microsoft SQL Server", "org.hibernate.dialect.SQLServerDialect", List.of("mssql", "sqlserver"),
			List.of("jdbc:sqlserver:", "jdbc:tc:sqlserver:")),

	H2("H2", "org.hibernate.dialect.H2Dialect", List.of("h2"), List.of("jdbc:h2:")),

	ORACLE("Oracle", "org.hibernate.dialect.OracleDialect", List.of("oracle"),
			List.of("jdbc:oracle:", "jdbc:tc:oracle:"));

	private final String productName;

	private final String hibernateDialect;

	private final List<String> names;

	private final List<String> jdbcUrlPrefixes;

	SchemaDialect(String productName, String hibernateDialect, List<String> names, List<String> jdbcUrlPrefixes) {
		this.productName = productName;
		this.hibernateDialect = hibernateDialect;
		this.names = names;
		this.jdbcUrlPrefixes = jdbcUrlPrefixes;
	}

	/**
	 * Return the database product name, as JDBC metadata reports it.
	 * @return the product name
	 */
	public String productName() {
		return this.productName;
	}

	/**
	 * Return the class name of the Hibernate dialect used for this database.
	 * @return the dialect class name
	 */
	public String hibernateDialect() {
		return this.hibernateDialect;
	}

	/**
	 * Return the name used on the command line and in Atlas configuration.
	 * @return the canonical name
	 */
	public String canonicalName() {
		return this.names.get(0);
	}

	/**
	 * Return the dialect with the given name, ignoring case.
	 * @param name a name such as {@code postgres} or {@code mssql}
	 * @return the dialect
	 * @throws SchemaExportException if the name is not known
	 */
	public static SchemaDialect named(String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((dialect) -> dialect.names.contains(wanted))
			.findFirst()
			.orElseThrow(() -> SchemaExportException.invalidOption("Unknown dialect '" + name
					+ "': use --atlas.dialect with one of " + supportedNames()));
	}

	/**
	 * Return the dialect of the database a JDBC URL points at, without connecting to it.
	 * @param jdbcUrl the URL, may be {@code null}
	 * @return the dialect, or {@code null} if the URL names no supported database
	 */
	public static @Nullable SchemaDialect forJdbcUrl(@Nullable String jdbcUrl) {
		if (jdbcUrl == null) {
			return null;
		}
		String url = jdbcUrl.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((dialect) -> dialect.jdbcUrlPrefixes.stream().anyMatch(url::startsWith))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Return every accepted name, for messages.
	 * @return the names, comma separated
	 */
	public static String supportedNames() {
		return Arrays.stream(values()).flatMap((dialect) -> dialect.names.stream()).collect(Collectors.joining(", "));
	}

}
