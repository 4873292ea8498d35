package io.github.atlasspring.actuate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.atlasspring.actuate.CountingConfiguration.CountingSchemaExporter;
import io.github.atlasspring.schema.SchemaTarget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of distinct bad and odd requests to {@code /actuator/atlasschema} over a real
 * server: each is answered 400 or 404 with a one-line reason and no stack trace, none of
 * them exports anything, and the server's memory does not grow with them.
 */
@LibraryIntegrationTest
class AtlasSchemaEndpointOddInputsIntegrationTests {

	private static final String PATH = "/actuator/atlasschema";

	/**
	 * Values that are neither a dialect name nor a version of any database.
	 */
	private static final List<String> ODD = List.of(" ", "x".repeat(5000), "ü", "日本語", "..", "../../etc/passwd", "%2F",
			"%2e%2e%2f", "post%2Fgres", "postgres;drop", "%00", "%0d%0a", "null", "undefined", "-1", "1e9", "99999999",
			"9".repeat(400), "1.2.3.4", "1.2.3.4.5", "16.", ".16", "16..1", "+16", "16,1", "١٦", "٣", "16\u00a0", "v16",
			"16-beta", "0x10", "0", "NaN", "Infinity", "true", "db2", "h2;MODE=MySQL", "%E2%80%AE", "%F0%9F%98%80",
			"\\", "'", "\"", "<script>", "*", "?", "#");

	@LocalServerPort
	private int port;

	@Autowired
	private CountingSchemaExporter exporter;

	@Test
	void everyOddRequestIsRefusedPlainlyAndExportsNothing() {
		ActuatorClient client = new ActuatorClient(this.port);
		Map<SchemaTarget, Integer> exportsBefore = this.exporter.getExportCounts();
		long heapBefore = usedHeapAfterGc();
		Set<String> requests = requests();
		assertThat(requests).hasSizeGreaterThan(300);
		List<String> unexpected = new ArrayList<>();
		for (String request : requests) {
			HttpResponse<String> response = client.get(request);
			boolean refused = response.statusCode() == 400 || response.statusCode() == 404;
			if (!refused || response.body().contains("Exception") || response.body().contains("\tat ")) {
				unexpected.add(response.statusCode() + " " + request + " -> " + abbreviate(response.body()));
			}
		}
		assertThat(unexpected).as("answers other than a plain 400 or 404").isEmpty();
		assertThat(this.exporter.getExportCounts()).as("exports").isEqualTo(exportsBefore);
		assertThat(usedHeapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(32L * 1024 * 1024);
	}

	private static Set<String> requests() {
		Set<String> requests = new LinkedHashSet<>();
		for (String odd : ODD) {
			String encoded = encode(odd);
			requests.add(PATH + "?dialect=" + encoded);
			requests.add(PATH + "?dialect=" + encoded + "&version=16");
			requests.add(PATH + "?dialect=postgres&version=" + encoded);
			requests.add(PATH + "?dialect=mariadb&version=" + encoded);
			requests.add(PATH + "/" + encoded);
			requests.add(PATH + "/" + encoded + "?dialect=postgres");
			requests.add(PATH + "/nosuch?dialect=" + encoded);
			requests.add(PATH + "/" + LibraryApplication.UNIT + "?dialect=h2&version=" + encoded);
		}
		return requests;
	}

	private static String encode(String value) {
		return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String body) {
		return (body.length() > 200) ? body.substring(0, 200) + "..." : body;
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
