package io.github.atlasspring.library;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.testsupport.TestDatabase;

/**
 * The schema of a PostgreSQL database as its catalog describes it, one line per table,
 * column, constraint, index and sequence, sorted, so that two databases compare line by
 * line. Names are kept: both sides come from Hibernate's DDL.
 */
final class PostgresCatalog {

	private static final String USER_SCHEMAS = " not in ('pg_catalog', 'information_schema', 'pg_toast')";

	private static final List<String> QUERIES = List.of("""
			select 'table', table_schema, table_name, table_type
			from information_schema.tables where table_schema""" + USER_SCHEMAS, """
			select 'column', table_schema, table_name, column_name, ordinal_position, data_type,
			character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default
			from information_schema.columns where table_schema""" + USER_SCHEMAS, """
			select 'constraint', n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid)
			from pg_constraint con
			join pg_class c on c.oid = con.conrelid
			join pg_namespace n on n.oid = c.relnamespace
			where n.nspname""" + USER_SCHEMAS, """
			select 'index', schemaname, tablename, indexname, indexdef
			from pg_indexes where schemaname""" + USER_SCHEMAS, """
			select 'sequence', sequence_schema, sequence_name, data_type, start_value, increment
			from information_schema.sequences where sequence_schema""" + USER_SCHEMAS);

	private PostgresCatalog() {
	}

	/**
	 * Read the schema of a database.
	 * @param database the database
	 * @return one line per object, sorted
	 * @throws SQLException if the catalog cannot be read
	 */
	static List<String> read(TestDatabase database) throws SQLException {
		List<String> objects = new ArrayList<>();
		for (String query : QUERIES) {
			objects.addAll(database.query(query));
		}
		objects.sort(null);
		return objects;
	}

}
