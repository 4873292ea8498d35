package io.github.atlasspring.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.github.atlasspring.actuate.DiagramPage;
import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.SchemaModel;
import io.github.atlasspring.testsupport.JarProcess.Running;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that open the diagram page of {@code /actuator/atlasschema} in
 * headless Chromium, as a person does, and check that Mermaid drew one entity a table
 * without asking the network for anything. Screenshots go to {@code target/diagrams}.
 * <p>
 * {@code -Datlas.diagram.entities=1000} also draws a generated model of that many tables
 * and prints how long Mermaid took.
 */
class DiagramPageIT {

	private static final List<String> TABLES = List.of("audit_event", "audit_ids", "blog", "blog_tags", "tag", "users");

	private static Running app;

	private static int port;

	@BeforeAll
	static void start() throws Exception {
		if (NodeTools.hasChromium()) {
			app = SampleAppProcess.start("--server.port=0");
			port = app.awaitPort(SampleAppProcess.STARTED);
		}
	}

	@BeforeEach
	void needsChromium() {
		NodeTools.assumeChromium();
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void browserDrawsEveryTableOfTheApplicationsDatabase() {
		String url = "http://127.0.0.1:" + port + "/actuator/atlasschema";
		DocumentContext page = draw(url, "sample-app-h2.png");
		assertThat(page.<List<String>>read("$.entities")).isEqualTo(TABLES);
		assertThat(page.<Integer>read("$.relationships")).isEqualTo(3);
		assertThat(page.<List<String>>read("$.requests")).containsExactly(url);
		assertThat(page.<List<String>>read("$.problems")).isEmpty();
	}

	@Test
	void browserDrawsTheDiagramOfAnotherDatabase() {
		String url = "http://127.0.0.1:" + port + "/actuator/atlasschema?dialect=postgres&version=16";
		DocumentContext page = draw(url, "sample-app-postgres-16.png");
		assertThat(page.<List<String>>read("$.entities")).isEqualTo(TABLES);
		assertThat(page.<List<String>>read("$.requests")).containsExactly(url);
	}

	@Test
	void browserDrawsAwkwardNamesAndTypes() throws IOException {
		SchemaModel model = TestSchemas.awkward();
		DocumentContext page = draw(writePage("awkward.html", model), "awkward.png");
		assertThat(page.<List<String>>read("$.entities")).map(TestSchemas::plain)
			.containsExactlyElementsOf(model.tables().stream().map(SchemaModel.Table::qualifiedName).toList());
		assertThat(page.<Integer>read("$.relationships")).isEqualTo(3);
		assertThat(page.<List<String>>read("$.problems")).isEmpty();
	}

	@Test
	@EnabledIfSystemProperty(named = "atlas.diagram.entities", matches = "\\d+")
	void browserDrawsGeneratedModel() throws IOException {
		int entities = Integer.parseInt(System.getProperty("atlas.diagram.entities"));
		String name = "generated-" + entities;
		DocumentContext page = draw(writePage(name + ".html", TestSchemas.generated(entities)), name + ".png");
		assertThat(page.<List<String>>read("$.entities")).hasSize(entities);
		System.out.printf("atlas: Mermaid drew %d tables in %d ms (page loaded and drawn in %d ms), %dx%d px%n",
				entities, page.<Integer>read("$.renderMillis"), page.<Integer>read("$.pageMillis"),
				page.<Integer>read("$.width"), page.<Integer>read("$.height"));
	}

	private static String writePage(String name, SchemaModel model) throws IOException {
		Path page = NodeTools.outputDirectory().resolve(name);
		Files.writeString(page, DiagramPage.render(name, MermaidDiagram.render(model)), StandardCharsets.UTF_8);
		return page.toUri().toString();
	}

	private static DocumentContext draw(String url, String screenshot) {
		Path png = NodeTools.outputDirectory().resolve(screenshot);
		NodeTools.Result result = NodeTools.run("draw-page.mjs", url, png.toString());
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.documents()).as(result.output()).hasSize(1);
		DocumentContext page = JsonPath.parse(result.documents().get(0));
		assertThat(page.<String>read("$.rendered")).as(result.output()).isEqualTo("true");
		assertThat(png).isNotEmptyFile();
		return page;
	}

}
