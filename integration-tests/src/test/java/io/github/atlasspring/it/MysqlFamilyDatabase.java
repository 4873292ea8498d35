package io.github.atlasspring.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * MySQL or MariaDB, where a catalog is a database: each fresh database is a database of
 * its own on the server. The model's second catalog is a database too, whose name the
 * model fixes: it is dropped before and after each use, so two fresh databases of a model
 * that uses it cannot exist at the same time, and two test runs must not share a server.
 */
final class MysqlFamilyDatabase implements TestDatabase {

	private static final CatalogReader CONSTRAINTS = CatalogReader.query("constraint", """
			select TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE
			from information_schema.TABLE_CONSTRAINTS where CONSTRAINT_TYPE <> 'CHECK'""");

	private static final CatalogReader MARIADB_CHECKS = CatalogReader.query("check", """
			select CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE
			from information_schema.CHECK_CONSTRAINTS""");

	private static final CatalogReader MYSQL_CHECKS = CatalogReader.query("check", """
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
			from information_schema.TABLE_CONSTRAINTS tc
			join information_schema.CHECK_CONSTRAINTS cc
			on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			where tc.CONSTRAINT_TYPE = 'CHECK'""");

	private static final String SEQUENCES = "select TABLE_SCHEMA, TABLE_NAME from information_schema.TABLES "
			+ "where TABLE_TYPE = 'SEQUENCE'";

	private final String dialect;

	private final DatabaseServer server;

	private MysqlFamilyDatabase(String dialect, DatabaseServer server) {
		this.dialect = dialect;
		this.server = server;
	}

	static MysqlFamilyDatabase mariadb(DatabaseServer server) {
		return new MysqlFamilyDatabase("mariadb", server);
	}

	static MysqlFamilyDatabase mysql(DatabaseServer server) {
		return new MysqlFamilyDatabase("mysql", server);
	}

	@Override
	public String dialect() {
		return this.dialect;
	}

	@Override
	public String version() {
		return this.server.version(2);
	}

	@Override
	public Namespacing namespacing() {
		return Namespacing.CATALOG;
	}

	@Override
	public FreshDatabase create(List<String> namespaces) {
		Login admin = this.server.admin();
		String name = TestDatabase.uniqueName();
		namespaces.forEach((catalog) -> admin.execute("drop database if exists " + catalog));
		admin.execute("create database " + name);
		List<Namespace> catalogs = new ArrayList<>();
		catalogs.add(new Namespace(name, null, Namespace.DEFAULT));
		namespaces.forEach((catalog) -> catalogs.add(new Namespace(catalog, null, catalog)));
		List<CatalogReader> readers = "mariadb".equals(this.dialect)
				? List.of(CONSTRAINTS, MARIADB_CHECKS, MysqlFamilyDatabase::readMariadbSequences)
				: List.of(CONSTRAINTS, MYSQL_CHECKS);
		return new FreshDatabase(admin.withDatabase(name), catalogs, readers, () -> {
			admin.execute("drop database if exists " + name);
			namespaces.forEach((catalog) -> admin.execute("drop database if exists " + catalog));
		});
	}

	/**
	 * Read MariaDB's sequences, which its catalog lists as tables and whose settings only
	 * a query of each sequence tells.
	 */
	private static void readMariadbSequences(Connection connection, SchemaSnapshot.Builder snapshot)
			throws SQLException {
		List<String> sequences = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SEQUENCES)) {
			while (rows.next()) {
				if (snapshot.label(rows.getString(1)) != null) {
					sequences.add(rows.getString(1) + "." + rows.getString(2));
				}
			}
		}
		for (String sequence : sequences) {
			String[] name = sequence.split("\\.");
			CatalogReader
				.query("sequence",
						"select '%s', null, '%s', start_value, minimum_value, maximum_value, ".formatted(name[0],
								name[1]) + "increment, cache_size, cycle_option from " + sequence)
				.read(connection, snapshot);
		}
	}

}
