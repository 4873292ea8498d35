package io.github.atlasspring.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * H2: each fresh database is a named in-memory database, shut down on close.
 */
final class H2Database implements TestDatabase {

	private static final List<CatalogReader> CATALOG_READERS = List.of(CatalogReader.query("constraint", """
			select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, cc.CHECK_CLAUSE
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			left join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
			on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"""),
			CatalogReader.query("sequence", """
					select SEQUENCE_SCHEMA, null, SEQUENCE_NAME, DATA_TYPE, START_VALUE, MINIMUM_VALUE,
					MAXIMUM_VALUE, INCREMENT, CYCLE_OPTION
					from INFORMATION_SCHEMA.SEQUENCES"""));

	@Override
	public String dialect() {
		return "h2";
	}

	@Override
	public String version() {
		return null;
	}

	@Override
	public Namespacing namespacing() {
		return Namespacing.SCHEMA;
	}

	@Override
	public FreshDatabase create(List<String> namespaces) {
		Login access = new Login("jdbc:h2:mem:" + TestDatabase.uniqueName() + ";DB_CLOSE_DELAY=-1", "sa", "");
		List<Namespace> schemas = new ArrayList<>();
		schemas.add(new Namespace(null, "PUBLIC", Namespace.DEFAULT));
		namespaces.forEach((schema) -> schemas.add(new Namespace(null, schema.toUpperCase(Locale.ROOT), schema)));
		return new FreshDatabase(access, schemas, CATALOG_READERS, () -> access.execute("shutdown"));
	}

}
