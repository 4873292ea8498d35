package io.github.atlasspring.library;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static io.github.atlasspring.testsupport.PositionDirectives.directive;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atlas's position directives of the Kotlin application point at {@code .kt} lines: its
 * own entities from its default source root, and the entity module's when that module's
 * source root is given too.
 */
class SourcePositionsIT {

	private static final JarProcess app = JarProcess.of(Path.of("target", "kotlin-app.jar"));

	private static final Path LIBRARY = Path.of("src/main/kotlin/io/github/atlasspring/library").toAbsolutePath();

	private static final Path CATALOG = Path.of("../kotlin-app-model/src/main/kotlin/io/github/atlasspring/catalog")
		.toAbsolutePath()
		.normalize();

	@Test
	void pointsAtTheApplicationsKotlinSourcesByDefault() {
		Result run = app.run("--atlas.print-schema", "--atlas.dialect=postgres", "--atlas.dialect-version=16");
		assertThat(PrintedDdl.of(run).directives()).containsExactly(
				directive("book", LIBRARY.resolve("Book.kt"), "class Book("),
				directive("book_keyword", LIBRARY.resolve("Book.kt"), "var keywords"),
				directive("book_tag", LIBRARY.resolve("Book.kt"), "var tags"),
				directive("lending[type=schema].loan", LIBRARY.resolve("Loan.kt"), "data class Loan("),
				directive("lending[type=schema].member", LIBRARY.resolve("Member.kt"), "class Member("),
				directive("tag", LIBRARY.resolve("Tag.kt"), "data class Tag("));
	}

	@Test
	void pointsAtTheEntityModulesSourcesWhenItsRootIsGiven() {
		Result run = app.run("--atlas.print-schema", "--atlas.dialect=postgres",
				"--atlas.source-roots=src/main/kotlin,../kotlin-app-model/src/main/kotlin");
		assertThat(PrintedDdl.of(run).directives())
			.contains(directive("author", CATALOG.resolve("Author.kt"), "class Author("),
					directive("imprint", CATALOG.resolve("Publishing.kt"), "data class Imprint("),
					directive("publisher", CATALOG.resolve("Publishing.kt"), "class Publisher("))
			.hasSize(9);
	}

}
