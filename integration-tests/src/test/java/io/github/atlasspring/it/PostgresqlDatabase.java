package io.github.atlasspring.it;

import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * PostgreSQL: each fresh database is a database of its own on the server, dropped with
 * whatever connections are left.
 */
final class PostgresqlDatabase implements TestDatabase {

	private static final List<CatalogReader> CATALOG_READERS = List.of(CatalogReader.query("constraint", """
			select n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid) as definition
			from pg_constraint con
			join pg_class c on c.oid = con.conrelid
			join pg_namespace n on n.oid = c.relnamespace
			where con.contype in ('c', 'u', 'x')"""), CatalogReader.query("sequence", """
			select sequence_schema, null, sequence_name, data_type, start_value, minimum_value,
			maximum_value, increment, cycle_option
			from information_schema.sequences"""));

	private final DatabaseServer server;

	PostgresqlDatabase(DatabaseServer server) {
		this.server = server;
	}

	@Override
	public String dialect() {
		return "postgres";
	}

	@Override
	public String version() {
		return this.server.version(1);
	}

	@Override
	public Namespacing namespacing() {
		return Namespacing.SCHEMA;
	}

	@Override
	public FreshDatabase create(List<String> namespaces) {
		Login admin = this.server.admin();
		String name = TestDatabase.uniqueName();
		admin.execute("create database " + name);
		List<Namespace> schemas = new ArrayList<>();
		schemas.add(new Namespace(null, "public", Namespace.DEFAULT));
		namespaces.forEach((schema) -> schemas.add(new Namespace(null, schema, schema)));
		return new FreshDatabase(admin.withDatabase(name), schemas, CATALOG_READERS,
				() -> admin.execute("drop database if exists " + name + " with (force)"));
	}

}
