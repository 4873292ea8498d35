package io.github.atlasspring.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.atlasspring.testsupport.DatabaseServer.Login;

/**
 * SQLite, with the {@link SqliteTestDialect}: each fresh database is a new temporary
 * file. SQLite has no namespaces to create, and its catalog keeps the DDL text of each
 * table and index, which the snapshot compares too: that is where check constraints show.
 */
final class SqliteDatabase implements TestDatabase {

	private static final List<CatalogReader> CATALOG_READERS = List.of(CatalogReader.query("definition",
			"select null, tbl_name, name, type, sql from sqlite_master where sql is not null"));

	@Override
	public String dialect() {
		return "sqlite";
	}

	@Override
	public String version() {
		return null;
	}

	@Override
	public Namespacing namespacing() {
		return Namespacing.NONE;
	}

	@Override
	public Map<String, String> applicationProperties() {
		return Map.of("spring.jpa.database-platform", SqliteTestDialect.class.getName());
	}

	@Override
	public FreshDatabase create(List<String> namespaces) {
		if (!namespaces.isEmpty()) {
			throw new IllegalArgumentException("SQLite has no namespaces to create: " + namespaces);
		}
		try {
			Path file = Files.createTempFile("atlas-it-", ".sqlite");
			return new FreshDatabase(new Login("jdbc:sqlite:" + file, null, null),
					List.of(new Namespace(null, null, Namespace.DEFAULT)), CATALOG_READERS, () -> delete(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
