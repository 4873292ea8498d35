package io.github.atlasspring.library;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.atlasspring.testsupport.DatabaseServer;
import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;
import io.github.atlasspring.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kotlin application's printed DDL on a real PostgreSQL: it executes statement by
 * statement on an empty database, the application validates against what it made, that
 * schema is the one Hibernate's own {@code ddl-auto=create} makes, and each column is
 * nullable where Hibernate maps the Kotlin property so. The DDL is printed and executed
 * once, on a database the tests share and only read.
 */
class PrintedSchemaOnPostgresIT {

	private static final JarProcess app = JarProcess.of(Path.of("target", "kotlin-app.jar"));

	private static final DatabaseServer server = DatabaseServer.POSTGRESQL;

	private static List<String> statements;

	private static TestDatabase printed;

	@BeforeEach
	void assumeServer() {
		server.assumeAvailable();
	}

	@AfterAll
	static void dropDatabase() {
		if (printed != null) {
			printed.close();
		}
	}

	@Test
	void printedDdlExecutesStatementByStatement() throws SQLException {
		assertThat(printedDatabase().query("select table_schema || '.' || table_name from information_schema.tables "
				+ "where table_schema in ('public', 'lending')"))
			.containsExactlyInAnyOrder("lending.loan", "lending.member", "public.author", "public.book",
					"public.book_keyword", "public.book_tag", "public.imprint", "public.publisher", "public.tag");
	}

	@Test
	void applicationValidatesPrintedSchema() throws SQLException {
		Result run = start(printedDatabase(), "validate");
		assertThat(run.stdout()).as(run::toString).contains("Started LibraryApplicationKt");
	}

	@Test
	void printedSchemaIsTheOneHibernateCreates() throws SQLException {
		try (TestDatabase created = server.createDatabase("atlas_kotlin_created")) {
			start(created, "create", "--spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=true");
			List<String> expected = PostgresCatalog.read(created);
			assertThat(expected).as("what Hibernate created").isNotEmpty();
			assertThat(PostgresCatalog.read(printedDatabase())).containsExactlyElementsOf(expected);
		}
	}

	@ParameterizedTest(name = "{0}.{1} is_nullable={2}")
	@CsvSource({ "book, title, NO", "book, subtitle, YES", "book, isbn, YES", "book, pages, NO", "book, edition, YES",
			"book, author_id, NO", "book, imprint_id, YES", "author, name, NO", "author, born_in, YES",
			"member, email, NO", "member, display_name, YES", "member, active, NO", "loan, returned_on, YES",
			"loan, due_on, NO" })
	void nullabilityIsWhatHibernateReadsFromKotlinTypes(String table, String column, String nullable)
			throws SQLException {
		assertThat(printedDatabase().query("select is_nullable from information_schema.columns where table_name = '"
				+ table + "' and column_name = '" + column + "'"))
			.containsExactly(nullable);
	}

	private static Result start(TestDatabase database, String ddlAuto, String... more) {
		List<String> arguments = new ArrayList<>(database.springArguments());
		arguments.add("--spring.jpa.hibernate.ddl-auto=" + ddlAuto);
		arguments.addAll(List.of(more));
		Result run = app.run(arguments);
		assertThat(run.exitCode()).as(run::toString).isZero();
		return run;
	}

	private static synchronized List<String> statements() {
		if (statements == null) {
			Result run = app.run("--atlas.print-schema", "--atlas.dialect=postgres",
					"--atlas.dialect-version=" + server.version(1));
			statements = PrintedDdl.of(run).statements();
		}
		return statements;
	}

	private static synchronized TestDatabase printedDatabase() throws SQLException {
		if (printed == null) {
			TestDatabase database = server.createDatabase("atlas_kotlin_printed");
			try {
				database.executeEach(statements());
			}
			catch (SQLException | RuntimeException ex) {
				database.close();
				throw ex;
			}
			printed = database;
		}
		return printed;
	}

}
