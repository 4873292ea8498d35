package io.github.atlasspring.library;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Print mode on the packaged Kotlin application, whose catalog entities come from a jar
 * of their own: no database is needed.
 */
class PrintSchemaIT {

	private static final JarProcess app = JarProcess.of(Path.of("target", "kotlin-app.jar"));

	private static Result run;

	@BeforeAll
	static void print() {
		run = app.run("--atlas.print-schema", "--atlas.dialect=postgres", "--atlas.dialect-version=16");
	}

	@Test
	void printsOnlyDdlOnStdout() {
		assertThat(statements()).hasSize(24).first().isEqualTo("create schema lending;");
		assertThat(run.lastStderrLine()).isEqualTo(
				"atlas: printed 24 statements of persistence unit " + "'entityManagerFactory' for postgres 16.0");
	}

	@Test
	void printsEntitiesOfTheModelModule() {
		assertThat(statements()).anySatisfy((line) -> assertThat(line).startsWith("create table author ("))
			.anySatisfy((line) -> assertThat(line).startsWith("create table publisher ("))
			.anySatisfy((line) -> assertThat(line).startsWith("create table imprint ("))
			.anySatisfy((line) -> assertThat(line).startsWith("alter table if exists book ")
				.endsWith(" foreign key (author_id) references author;"));
	}

	@Test
	void printsEntitiesOfTheApplication() {
		assertThat(statements()).filteredOn((line) -> line.startsWith("create table "))
			.extracting((line) -> line.substring("create table ".length(), line.indexOf(" (")))
			.containsExactlyInAnyOrder("lending.loan", "lending.member", "author", "book", "book_keyword", "book_tag",
					"imprint", "publisher", "tag");
	}

	@Test
	void startsNoApplication() {
		assertThat(run.stderr()).doesNotContain("Started LibraryApplication");
	}

	private static List<String> statements() {
		return PrintedDdl.of(run).statements();
	}

}
