package io.github.atlasspring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.SchemaModel;
import io.github.atlasspring.schema.SchemaModel.Table;
import io.github.atlasspring.testsupport.JarProcess.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that read the diagrams print mode prints with Mermaid's own parser
 * (the {@code mermaid} package, run by Node), as GitHub and the diagram page read them.
 */
class MermaidParserIT {

	private static final List<String> TABLES = List.of("audit_event", "audit_ids", "blog", "blog_tags", "tag", "users");

	@BeforeEach
	void needsNode() {
		NodeTools.assumeNode();
	}

	@Test
	void mermaidReadsEveryTableColumnAndForeignKeyOfThePrintedDiagram() throws IOException {
		DocumentContext diagram = read(print("--atlas.dialect=postgres", "--atlas.dialect-version=16"));
		assertThat(diagram.<List<String>>read("$.entities[*].name")).isEqualTo(TABLES);
		assertThat(diagram.<List<String>>read("$.entities[?(@.name == 'audit_event')].attributes[*].type"))
			.containsExactly("bigint", "timestamp(6)\u2005with\u2005time\u2005zone", "varchar(64)");
		assertThat(diagram.<List<Map<String, Object>>>read("$.entities[?(@.name == 'blog')].attributes[1]"))
			.containsExactly(Map.of("type", "bigint", "name", "user_id", "keys", List.of("FK"), "comment", "not null"));
		assertThat(diagram.<List<Map<String, Object>>>read("$.relationships")).containsExactly(
				relationship("users", "blog", "user_id", "ONLY_ONE", "ZERO_OR_MORE", "NON_IDENTIFYING"),
				relationship("blog", "blog_tags", "blog_id", "ONLY_ONE", "ZERO_OR_MORE", "IDENTIFYING"),
				relationship("tag", "blog_tags", "tag_id", "ONLY_ONE", "ZERO_OR_MORE", "IDENTIFYING"));
	}

	@Test
	void mermaidReadsEnumTypeOfTheApplicationsOwnDatabase() throws IOException {
		DocumentContext diagram = read(print());
		List<String> types = diagram.read("$.entities[?(@.name == 'users')].attributes[*].type");
		assertThat(types).map(TestSchemas::plain).contains("enum ('ADMIN','AUTHOR','READER')");
	}

	@Test
	void mermaidReadsAwkwardNamesAndTypesAsTheModelHasThem() throws IOException {
		SchemaModel model = TestSchemas.awkward();
		DocumentContext diagram = read(write("awkward.mmd", MermaidDiagram.render(model)));
		assertThat(diagram.<List<String>>read("$.entities[*].name")).map(TestSchemas::plain)
			.containsExactlyElementsOf(model.tables().stream().map(Table::qualifiedName).toList());
		for (Table table : model.tables()) {
			String entity = "$.entities[" + model.tables().indexOf(table) + "].attributes";
			assertThat(diagram.<List<String>>read(entity + "[*].name")).map(TestSchemas::plain)
				.containsExactlyElementsOf(table.columns().stream().map(SchemaModel.Column::name).toList());
			assertThat(diagram.<List<String>>read(entity + "[*].type")).map(TestSchemas::plain)
				.containsExactlyElementsOf(table.columns().stream().map(SchemaModel.Column::type).toList());
		}
		assertThat(diagram.<List<String>>read("$.relationships[*].toCardinality")).containsExactly("ZERO_OR_ONE",
				"ZERO_OR_ONE", "ZERO_OR_MORE");
	}

	@Test
	void mermaidReadsThousandTablesOfGeneratedModel() throws IOException {
		DocumentContext diagram = read(write("generated-1000.mmd", MermaidDiagram.render(TestSchemas.generated(1000))));
		assertThat(diagram.<List<String>>read("$.entities[*].name")).hasSize(1000);
		assertThat(diagram.<List<String>>read("$.relationships[*].from")).hasSize(999);
	}

	@Test
	void printsTheSameDiagramEveryRun() {
		assertThat(diagram("--atlas.dialect=mysql").stdoutBytes())
			.isEqualTo(diagram("--atlas.dialect=mysql").stdoutBytes());
	}

	private static Path print(String... options) throws IOException {
		Result result = diagram(options);
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout()).startsWith("erDiagram\n");
		return write("sample-app" + String.join("", options).replaceAll("[^a-z0-9]+", "-") + ".mmd", result.stdout());
	}

	private static Result diagram(String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "--atlas.print-schema";
		args[1] = "--atlas.format=mermaid";
		System.arraycopy(options, 0, args, 2, options.length);
		return SampleAppProcess.run(args);
	}

	private static Path write(String name, String text) throws IOException {
		return Files.writeString(NodeTools.outputDirectory().resolve(name), text, StandardCharsets.UTF_8);
	}

	private static DocumentContext read(Path diagram) {
		NodeTools.Result result = NodeTools.run("read-diagram.mjs", diagram.toString());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.documents()).as(result.output()).hasSize(1);
		DocumentContext document = JsonPath.parse(result.documents().get(0));
		assertThat(document.<String>read("$.type")).isEqualTo("er");
		return document;
	}

	private static Map<String, Object> relationship(String from, String to, String label, String fromCardinality,
			String toCardinality, String type) {
		return Map.of("from", from, "to", to, "label", label, "fromCardinality", fromCardinality, "toCardinality",
				toCardinality, "type", type);
	}

}
