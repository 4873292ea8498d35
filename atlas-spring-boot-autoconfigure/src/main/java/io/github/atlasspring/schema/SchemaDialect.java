package io.github.atlasspring.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaExportException.Option;

/**
 * The databases a schema can be rendered for, named as Atlas providers name them.
 */
public enum SchemaDialect {

	/**
	 * PostgreSQL.
	 */
	POSTGRESQL("PostgreSQL", "org.hibernate.dialect.PostgreSQLDialect", List.of("postgres", "postgresql"),
			List.of("jdbc:postgresql:", "jdbc:tc:postgresql:", "jdbc:tc:postgis:"), majors(6, 18)),

	/**
	 * MySQL.
	 */
	MYSQL("MySQL", "org.hibernate.dialect.MySQLDialect", List.of("mysql"), List.of("jdbc:mysql:", "jdbc:tc:mysql:"),
			List.of(3, 4, 5, 8, 9)),

	/**
	 * MariaDB.
	 */
	MARIADB("MariaDB", "org.hibernate.dialect.MariaDBDialect", List.of("mariadb"),
			List.of("jdbc:mariadb:", "jdbc:tc:mariadb:"), List.of(5, 10, 11, 12)),

	/**
	 * SQLite, with Hibernate's community dialect.
	 */
	SQLITE("SQLite", "org.hibernate.community.dialect.SQLiteDialect", List.of("sqlite"), List.of("jdbc:sqlite:"),
			List.of(2, 3)),

	/**
	 * Microsoft SQL Server.
	 */
	SQLSERVER("Microsoft SQL Server", "org.hibernate.dialect.SQLServerDialect", List.of("mssql", "sqlserver"),
			List.of("jdbc:sqlserver:", "jdbc:tc:sqlserver:"), majors(6, 17)),

	/**
	 * H2.
	 */
	H2("H2", "org.hibernate.dialect.H2Dialect", List.of("h2"), List.of("jdbc:h2:"), List.of(1, 2)),

	/**
	 * Oracle.
	 */
	ORACLE("Oracle", "org.hibernate.dialect.OracleDialect", List.of("oracle"),
			List.of("jdbc:oracle:", "jdbc:tc:oracle:"), List.of(7, 8, 9, 10, 11, 12, 18, 19, 21, 23, 26));

	private final String productName;

	private final String hibernateDialect;

	private final List<String> names;

	private final List<String> jdbcUrlPrefixes;

	private final List<Integer> releasedMajors;

	SchemaDialect(String productName, String hibernateDialect, List<String> names, List<String> jdbcUrlPrefixes,
			List<Integer> releasedMajors) {
		this.productName = productName;
		this.hibernateDialect = hibernateDialect;
		this.names = names;
		this.jdbcUrlPrefixes = jdbcUrlPrefixes;
		this.releasedMajors = releasedMajors;
	}

	/**
	 * Return the database product name, as JDBC metadata reports it and Hibernate's
	 * dialect resolution expects it.
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
			.orElseThrow(() -> SchemaExportException.invalidOption(Option.DIALECT,
					"Unknown dialect '" + name + "': use {option} with one of " + supportedNames()));
	}

	/**
	 * Check that a major version is one this database has had, as far as this release of
	 * the starter knows. A version newer than every known release passes: see
	 * {@link #isNewerThanKnownReleases(int)}.
	 * @param major the major version
	 * @throws SchemaExportException if no release of this database has that major version
	 */
	void checkReleased(int major) {
		if (!isNewerThanKnownReleases(major) && !this.releasedMajors.contains(major)) {
			throw SchemaExportException.invalidOption(Option.DIALECT_VERSION,
					this.productName + " has never had a version " + major
							+ ": use {option} with one of its major versions "
							+ this.releasedMajors.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
	}

	/**
	 * Return whether a major version is newer than every release of this database that
	 * this release of the starter knows. Hibernate then renders it as the newest version
	 * it knows.
	 * @param major the major version
	 * @return whether the version is newer than every known release
	 */
	public boolean isNewerThanKnownReleases(int major) {
		return major > newestKnownMajor();
	}

	/**
	 * Return the newest major version of this database that this release of the starter
	 * knows.
	 * @return the major version
	 */
	public int newestKnownMajor() {
		return this.releasedMajors.get(this.releasedMajors.size() - 1);
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

	private static List<Integer> majors(int first, int last) {
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

}
