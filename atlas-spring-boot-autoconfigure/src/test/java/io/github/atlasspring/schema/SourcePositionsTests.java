package io.github.atlasspring.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.schema.positions.Library;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SourcePositions} and the table origins the exporter finds.
 */
class SourcePositionsTests {

	private static final Path SOURCES = Path.of("src/test/java").toAbsolutePath();

	private static final String PACKAGE_DIR = "io/github/atlasspring/schema/positions/";

	private final SchemaExporter exporter = new SchemaExporter();

	@Test
	void everyTableOfTheModelPointsAtItsDeclaration() throws IOException {
		SchemaScript script = export();
		Path library = SOURCES.resolve(PACKAGE_DIR + "Library.java");
		Path publication = SOURCES.resolve(PACKAGE_DIR + "Publication.java");
		Path journal = SOURCES.resolve(PACKAGE_DIR + "Journal.java");
		assertThat(SourcePositions.scan(List.of(SOURCES)).directives(script)).containsExactly(
				directive("catalog[type=schema].library[type=table]", library, "public class Library {"),
				directive("catalog[type=schema].library_address[type=table]", library, "public class Library {"),
				directive("catalog[type=schema].library_ids[type=table]", library, "private Long id;"),
				directive("catalog[type=schema].library_members[type=table]", library, "private Set<Member> members"),
				directive("journal[type=table]", journal, "public class Journal extends Publication {"),
				directive("library$member[type=table]", library, "public static class Member {"),
				directive("library_opening_hours[type=table]", library, "private Set<String> openingHours"),
				directive("publication[type=table]", publication, "public class Publication {"));
	}

	@Test
	void sqlTextHasTheDirectivesThenABlankLineThenTheStatements() {
		SchemaScript script = export();
		String sql = SourcePositions.scan(List.of(SOURCES)).toSql(script);
		String[] parts = sql.split("\n\n", 2);
		assertThat(parts[0].lines()).hasSize(8).allMatch((line) -> line.startsWith("-- atlas:pos "));
		assertThat(parts[1]).isEqualTo(script.toSql());
	}

	@Test
	void tableWithoutSourceGetsNoDirective(@TempDir Path elsewhere) {
		SchemaScript script = export();
		assertThat(SourcePositions.scan(List.of(elsewhere.resolve("missing"), elsewhere)).toSql(script))
			.isEqualTo(script.toSql());
	}

	@Test
	void kotlinSourcesArePositionsToo(@TempDir Path sources) throws IOException {
		Path file = Files.createDirectories(sources.resolve(PACKAGE_DIR)).resolve("Models.kt");
		Files.writeString(file, """
				package io.github.atlasspring.schema.positions

				@Entity
				class Library(
				    @ElementCollection
				    var openingHours: MutableSet<String> = mutableSetOf(),
				)

				data class Journal(val issn: String)
				""");
		List<String> directives = SourcePositions.scan(List.of(sources)).directives(export());
		assertThat(directives).contains("-- atlas:pos catalog[type=schema].library[type=table] " + file + ":4",
				"-- atlas:pos library_opening_hours[type=table] " + file + ":6",
				"-- atlas:pos journal[type=table] " + file + ":9");
	}

	@Test
	void directivesAreTheSameFromRunToRun() {
		SourcePositions positions = SourcePositions.scan(List.of(SOURCES));
		assertThat(positions.toSql(export())).isEqualTo(SourcePositions.scan(List.of(SOURCES)).toSql(export()));
	}

	private SchemaScript export() {
		PersistenceUnitDefinition unit = TestPersistenceUnits.scan(Library.class.getPackageName(),
				new RefusingDataSource("jdbc:postgresql://localhost:1/x"), Map.of("hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"));
		return this.exporter.export(unit, this.exporter.target(unit, "postgres", "16"));
	}

	private static String directive(String resource, Path file, String declaration) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(declaration)) {
				return "-- atlas:pos " + resource + " " + file + ":" + (i + 1);
			}
		}
		throw new AssertionError(declaration + " is not in " + file);
	}

}
