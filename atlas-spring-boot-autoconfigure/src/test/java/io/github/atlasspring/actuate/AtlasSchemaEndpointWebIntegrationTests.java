package io.github.atlasspring.actuate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.json.BasicJsonTester;
import org.springframework.boot.test.json.JsonContent;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.atlasspring.actuate.CountingConfiguration.CountingDataSource;
import io.github.atlasspring.actuate.CountingConfiguration.CountingSchemaExporter;
import io.github.atlasspring.jpa.PersistenceUnitRecorder;
import io.github.atlasspring.schema.MermaidDiagram;
import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for {@code GET /actuator/atlasschema} on an application with one
 * persistence unit, served by a real server.
 */
@LibraryIntegrationTest
class AtlasSchemaEndpointWebIntegrationTests {

	private static final String PATH = "/actuator/atlasschema";

	/**
	 * What Chromium sends when it opens a page.
	 */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
			+ "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

	@LocalServerPort
	private int port;

	@Autowired
	private PersistenceUnitRecorder recorder;

	@Autowired
	private CountingSchemaExporter exporter;

	@Autowired
	private CountingDataSource dataSource;

	private ActuatorClient client;

	@BeforeEach
	void createClient() {
		this.client = new ActuatorClient(this.port);
	}

	@Test
	void getShouldAnswerUtf8Text() {
		HttpResponse<String> response = get(PATH);
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
	}

	@Test
	void getWithPositionsShouldStartWithDirectivesOfTheKnownSources() {
		String body = get(PATH + "?positions=true").body();
		Path book = Path.of("src/test/java/io/github/atlasspring/actuate/library/Book.java").toAbsolutePath();
		String[] parts = body.split("\n\n", 2);
		assertThat(parts[0].lines())
			.contains("-- atlas:pos book[type=table] " + book + ":" + lineOf(book, "class Book"));
		assertThat(parts[1]).isEqualTo(export(null, null).toSql());
	}

	@Test
	void getAcceptingJsonShouldNameWhereTablesAreDeclared() {
		JsonContent<Object> json = json(get(PATH, "Accept", "application/json"));
		assertThat(json).extractingJsonPathArrayValue(unitPath("positions[*].resource"))
			.contains("book[type=table]", "author[type=table]");
	}

	@Test
	void getShouldServeWhatTheExporterWritesForTheApplicationDatabase() {
		SchemaScript expected = export(null, null);
		assertThat(expected.dialect().canonicalName()).isEqualTo("h2");
		assertThat(get(PATH).body()).isEqualTo(expected.toSql()).contains("create table book (");
	}

	@Test
	void getAcceptingAnythingShouldServeText() {
		HttpResponse<String> response = get(PATH, "Accept", "*/*");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo(export(null, null).toSql());
	}

	@Test
	void getAcceptingTextShouldServeText() {
		HttpResponse<String> response = get(PATH, "Accept", "text/plain");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo(export(null, null).toSql());
	}

	@Test
	void getAcceptingBrowserTypesShouldServeDiagramPage() {
		HttpResponse<String> response = get(PATH, "Accept", BROWSER_ACCEPT);
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).startsWith("<!DOCTYPE html>")
			.contains("Content-Security-Policy")
			.contains(MermaidDiagram.render(export(null, null).model()).lines().toList().get(1).strip());
	}

	@Test
	void getAcceptingMermaidShouldServeDiagramOfApplicationDatabase() {
		HttpResponse<String> response = get(PATH, "Accept", "text/vnd.mermaid");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/vnd.mermaid;charset=UTF-8");
		assertThat(response.body()).isEqualTo(MermaidDiagram.render(export(null, null).model()))
			.startsWith("erDiagram\n");
	}

	@Test
	void getAcceptingMermaidWithDialectShouldServeTypesOfThatDatabase() {
		HttpResponse<String> response = get(PATH + "/" + LibraryApplication.UNIT + "?dialect=mssql&version=16",
				"Accept", "text/vnd.mermaid");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.body()).isEqualTo(MermaidDiagram.render(export("mssql", "16").model()))
			.contains("varchar(255)");
	}

	@Test
	void getAcceptingHtmlWithUnknownDialectShouldAnswerBadRequestAsText() {
		HttpResponse<String> response = get(PATH + "?dialect=db2", "Accept", BROWSER_ACCEPT);
		assertThat(response.statusCode()).as(response::body).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).contains("?dialect=").contains("postgres");
	}

	@Test
	void getAcceptingUnsupportedTypeShouldAnswerNotAcceptable() {
		HttpResponse<String> response = get(PATH, "Accept", "application/xml");
		assertThat(response.statusCode()).as(response::body).isEqualTo(406);
		assertNoStackTrace(response);
	}

	@Test
	void getAcceptingActuatorJsonShouldAnswerNotAcceptable() {
		HttpResponse<String> response = get(PATH, "Accept", "application/vnd.spring-boot.actuator.v3+json");
		assertThat(response.statusCode()).as(response::body).isEqualTo(406);
		assertNoStackTrace(response);
	}

	@Test
	void getWithPersistenceUnitAcceptingTextShouldServeText() {
		HttpResponse<String> response = get(PATH + "/" + LibraryApplication.UNIT, "Accept", "text/plain");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.body()).isEqualTo(export(null, null).toSql());
	}

	@Test
	void getWithPersistenceUnitShouldServeThatUnit() {
		HttpResponse<String> response = get(PATH + "/" + LibraryApplication.UNIT);
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.body()).isEqualTo(export(null, null).toSql());
	}

	@Test
	void getWithDialectShouldServeTheDdlOfThatDatabase() {
		HttpResponse<String> response = get(PATH + "?dialect=postgres");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.body()).isEqualTo(export("postgres", null).toSql())
			.contains("bigint generated by default as identity")
			.contains("create sequence author_seq")
			.contains("timestamp(6) with time zone");
	}

	@Test
	void getWithDialectAndVersionShouldServeTheDdlOfThatVersion() {
		HttpResponse<String> response = get(PATH + "?dialect=mysql&version=8.4");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.body()).isEqualTo(export("mysql", "8.4").toSql()).contains("engine=InnoDB");
	}

	@Test
	void getWithVersionOnlyShouldServeTheApplicationDatabaseInThatVersion() {
		HttpResponse<String> response = get(PATH + "?version=2.3", "Accept", "application/json");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(json(response)).extractingJsonPathStringValue(unitPath("dialect")).isEqualTo("h2");
		assertThat(json(response)).extractingJsonPathStringValue(unitPath("version")).isEqualTo("2.3");
	}

	@Test
	void getWithUnknownDialectShouldAnswerBadRequestNamingTheSupportedDialects() {
		HttpResponse<String> response = get(PATH + "?dialect=db2");
		assertThat(response.statusCode()).as(response::body).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo("Unknown dialect 'db2': use ?dialect= with one of "
				+ "postgres, postgresql, mysql, mariadb, sqlite, mssql, sqlserver, h2, oracle\n");
		assertNoStackTrace(response);
	}

	@Test
	void getWithInvalidVersionShouldAnswerBadRequest() {
		HttpResponse<String> response = get(PATH + "?dialect=postgres&version=latest");
		assertThat(response.statusCode()).as(response::body).isEqualTo(400);
		assertThat(response.body()).startsWith("Invalid database version 'latest': use ?version= with a version");
		assertNoStackTrace(response);
	}

	@Test
	void getWithVersionNoReleaseHadShouldAnswerBadRequest() {
		HttpResponse<String> response = get(PATH + "?dialect=mariadb&version=7.1");
		assertThat(response.statusCode()).as(response::body).isEqualTo(400);
		assertThat(response.body()).startsWith("MariaDB has never had a version 7: use ?version= with one of");
		assertNoStackTrace(response);
	}

	@Test
	void getWithUnknownPersistenceUnitShouldAnswerNotFound() {
		HttpResponse<String> response = get(PATH + "/orders");
		assertThat(response.statusCode()).as(response::body).isEqualTo(404);
		assertThat(response.body()).contains("orders").contains(LibraryApplication.UNIT);
		assertNoStackTrace(response);
	}

	@Test
	void getAcceptingJsonShouldAnswerJson() {
		HttpResponse<String> response = get(PATH, "Accept", "application/json");
		assertThat(response.statusCode()).as(response::body).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/json"));
	}

	@Test
	void getAcceptingJsonShouldDescribeEachPersistenceUnit() {
		SchemaScript expected = export("postgres", "16");
		JsonContent<Object> json = json(get(PATH + "?dialect=postgresql&version=16", "Accept", "application/json"));
		assertThat(json).extractingJsonPathMapValue("$.persistenceUnits").containsOnlyKeys(LibraryApplication.UNIT);
		assertThat(json).extractingJsonPathStringValue(unitPath("dialect")).isEqualTo("postgres");
		assertThat(json).extractingJsonPathStringValue(unitPath("version")).isEqualTo("16.0");
		assertThat(json).extractingJsonPathArrayValue(unitPath("statements"))
			.containsExactlyElementsOf(expected.statements());
	}

	@Test
	void getAcceptingJsonWithUnknownDialectShouldAnswerJsonError() {
		HttpResponse<String> response = get(PATH + "?dialect=db2", "Accept", "application/json");
		assertThat(response.statusCode()).as(response::body).isEqualTo(400);
		assertThat(json(response)).extractingJsonPathStringValue("$.error").contains("Unknown dialect 'db2'");
		assertNoStackTrace(response);
	}

	@Test
	void getShouldNotConnectToTheDatabase() {
		int connections = this.dataSource.getConnectionCount();
		assertThat(get(PATH).statusCode()).isEqualTo(200);
		assertThat(get(PATH + "?dialect=mariadb&version=10.11").statusCode()).isEqualTo(200);
		assertThat(get(PATH + "?dialect=sqlite", "Accept", "application/json").statusCode()).isEqualTo(200);
		assertThat(this.dataSource.getConnectionCount()).isEqualTo(connections);
	}

	@Test
	void concurrentGetsShouldExportEachDatabaseOnce() throws Exception {
		List<String> queries = List.of("?dialect=mssql", "?dialect=oracle&version=19");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(16);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String path = PATH + queries.get(i % queries.size());
				futures.add(executor.submit(() -> {
					start.await();
					return get(path);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(60, TimeUnit.SECONDS));
			}
			assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
			Map<String, List<String>> bodies = responses.stream()
				.collect(Collectors.groupingBy((response) -> response.uri().getQuery(),
						Collectors.mapping(HttpResponse::body, Collectors.toList())));
			assertThat(bodies.get("dialect=mssql")).hasSize(100).containsOnly(export("mssql", null).toSql());
			assertThat(bodies.get("dialect=oracle&version=19")).hasSize(100)
				.containsOnly(export("oracle", "19").toSql());
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.exporter.getExportCount(SchemaTarget.of("mssql", null))).isOne();
		assertThat(this.exporter.getExportCount(SchemaTarget.of("oracle", "19"))).isOne();
		assertThat(this.exporter.getExportCounts()).allSatisfy((target, count) -> assertThat(count).isOne());
	}

	private HttpResponse<String> get(String path, String... headers) {
		return this.client.get(path, headers);
	}

	private SchemaScript export(String dialect, String version) {
		PersistenceUnitDefinition unit = this.recorder.getUnits().get(LibraryApplication.UNIT);
		SchemaExporter exporter = new SchemaExporter();
		return exporter.export(unit, exporter.target(unit, dialect, version));
	}

	private static JsonContent<Object> json(HttpResponse<String> response) {
		return new BasicJsonTester(AtlasSchemaEndpointWebIntegrationTests.class).from(response.body());
	}

	private static String unitPath(String field) {
		return "$.persistenceUnits." + LibraryApplication.UNIT + "." + field;
	}

	static void assertNoStackTrace(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("at org.").doesNotContain("Exception");
	}

	private static int lineOf(Path file, String text) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(text)) {
					return i + 1;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new AssertionError(text + " is not in " + file);
	}

}
