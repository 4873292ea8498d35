package io.github.atlasspring.schema;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaJson} and {@link OutputFormat}.
 */
class SchemaJsonTests {

	private static final SchemaScript SCRIPT = new SchemaScript("orders", SchemaDialect.POSTGRESQL, "16.0",
			List.of("create table \"Order\" (note varchar(10) default 'a\\b');",
					"insert into ids(name, next_val) values ('x',0);"));

	@Test
	void writesTheEndpointsDocumentCompactly() {
		assertThat(SchemaJson.render(SCRIPT, SourcePositions.none())).isEqualTo("{\"persistenceUnits\":{\"orders\":{"
				+ "\"dialect\":\"postgres\",\"version\":\"16.0\",\"statements\":["
				+ "\"create table \\\"Order\\\" (note varchar(10) default 'a\\\\b');\","
				+ "\"insert into ids(name, next_val) values ('x',0);\"],"
				+ "\"seedStatements\":[\"insert into ids(name, next_val) values ('x',0);\"],\"positions\":[]}}}");
	}

	@Test
	void escapesControlCharactersAsJacksonDoes() {
		SchemaScript script = new SchemaScript("u", SchemaDialect.H2, "2.2", List.of("a\tb\u0001c\n"));
		assertThat(SchemaJson.render(script, SourcePositions.none())).contains("\"a\\tb\\u0001c\\n\"");
	}

	@Test
	void outputFormatNamesAreCaseInsensitive() {
		assertThat(OutputFormat.named(" Mermaid ")).isEqualTo(OutputFormat.MERMAID);
	}

	@Test
	void unknownOutputFormatNamesTheOptionAndTheFormats() {
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> OutputFormat.named("png"))
			.withMessage("Unknown format 'png': set --atlas.format to sql, mermaid or json")
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(SchemaExportException.Reason.INVALID_OPTION));
	}

	@Test
	void jsonFormatEndsWithLineFeed() {
		assertThat(OutputFormat.JSON.render(SCRIPT, SourcePositions::none))
			.isEqualTo(SchemaJson.render(SCRIPT, SourcePositions.none()) + "\n");
	}

	@Test
	void mermaidFormatReadsNoSources() {
		assertThat(OutputFormat.MERMAID.render(SCRIPT, () -> {
			throw new AssertionError("read sources");
		})).isEqualTo("erDiagram\n");
	}

	@Test
	void sqlFormatWritesPositionsInFront() {
		assertThat(OutputFormat.SQL.render(SCRIPT, () -> SourcePositions.scan(List.of(Path.of("no/such")))))
			.isEqualTo(SCRIPT.toSql());
	}

}
