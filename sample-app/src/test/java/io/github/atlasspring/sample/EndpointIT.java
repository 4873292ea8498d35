package io.github.atlasspring.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.atlasspring.testsupport.JarProcess.Running;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests that ask the running sample application for its schema over HTTP.
 */
class EndpointIT {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static Running app;

	private static int port;

	@BeforeAll
	static void start() throws Exception {
		app = SampleAppProcess.start("--server.port=0", "--atlas.source-roots=" + SampleAppProcess.sources());
		port = app.awaitPort(SampleAppProcess.STARTED);
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void servesSameBytesAsPrintMode() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema?dialect=postgres&version=16&positions=true",
				"text/plain");
		byte[] printed = SampleAppProcess
			.run("--atlas.print-schema", "--atlas.dialect=postgres", "--atlas.dialect-version=16",
					"--atlas.source-roots=" + SampleAppProcess.sources())
			.stdoutBytes();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isEqualTo(printed);
	}

	@Test
	void servesJsonForTools() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema?dialect=mariadb", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body())).startsWith("{\"persistenceUnits\":{\"entityManagerFactory\":{")
			.contains("\"dialect\":\"mariadb\"", "\"statements\":[\"create ", "\"create table blog (");
	}

	@Test
	void servesSameDiagramAsPrintMode() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema?dialect=postgres&version=16", "text/vnd.mermaid");
		byte[] printed = SampleAppProcess
			.run("--atlas.print-schema", "--atlas.format=mermaid", "--atlas.dialect=postgres",
					"--atlas.dialect-version=16")
			.stdoutBytes();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/vnd.mermaid;charset=UTF-8");
		assertThat(response.body()).isEqualTo(printed);
	}

	@Test
	void servesSameJsonAsPrintMode() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema/entityManagerFactory?dialect=postgres&version=16",
				"application/json");
		byte[] printed = SampleAppProcess
			.run("--atlas.print-schema", "--atlas.format=json", "--atlas.dialect=postgres",
					"--atlas.dialect-version=16", "--atlas.source-roots=" + SampleAppProcess.sources())
			.stdoutBytes();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(printed, StandardCharsets.UTF_8))
			.isEqualTo(new String(response.body(), StandardCharsets.UTF_8) + "\n")
			.contains("\"positions\":[{\"resource\":\"audit_event[type=table]\"");
	}

	@Test
	void servesDiagramPageToBrowsers() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
			.contains("<pre>erDiagram\n");
	}

	@Test
	void answersUnknownDialectWithBadRequest() throws Exception {
		HttpResponse<byte[]> response = get("/actuator/atlasschema?dialect=nosuch", "text/plain");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(new String(response.body())).contains("postgres, postgresql, mysql").doesNotContain("Exception");
	}

	private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", accept)
			.build();
		return client.send(request, BodyHandlers.ofByteArray());
	}

}
