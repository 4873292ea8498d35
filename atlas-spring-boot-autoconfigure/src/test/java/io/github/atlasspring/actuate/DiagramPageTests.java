package io.github.atlasspring.actuate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DiagramPage}.
 */
class DiagramPageTests {

	private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

	private static final String DIAGRAM = "erDiagram\n    users {\n        bigint id PK \"not null\"\n    }\n";

	@Test
	void embedsMermaidWithItsLicence() throws IOException {
		assertThat(resource("mermaid/LICENSE")).contains("The MIT License");
		String library = resource(DiagramPage.SCRIPT_RESOURCE);
		assertThat(library).hasSizeGreaterThan(1_000_000);
		assertThat(DiagramPage.render("t", DIAGRAM)).contains(library);
	}

	@Test
	void loadsNothingFromTheNetwork() throws IOException {
		String page = DiagramPage.render("t", DIAGRAM).replace(resource(DiagramPage.SCRIPT_RESOURCE), "");
		assertThat(page).contains("content=\"default-src 'none'; script-src 'sha256-")
			.doesNotContainPattern("<(script|img|link|iframe)[^>]* (src|href)=")
			.doesNotContain("<link");
	}

	@Test
	void allowsExactlyItsOwnScripts() throws Exception {
		String page = DiagramPage.render("t", DIAGRAM);
		List<String> hashes = new ArrayList<>();
		Matcher scripts = SCRIPT.matcher(page);
		while (scripts.find()) {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
			hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
		}
		assertThat(hashes).hasSize(2);
		assertThat(page).contains("script-src " + String.join(" ", hashes) + ";");
	}

	@Test
	void escapesTextThatCouldEndItsElements() {
		String page = DiagramPage.render("a <b> & \"c\"", "erDiagram\n    \"x</script><i>\"\n");
		assertThat(page).contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>")
			.contains("\"erDiagram\\n    \\\"x\\u003c/script\\u003e\\u003ci\\u003e\\\"\\n\"")
			.contains("<pre>erDiagram\n    &quot;x&lt;/script&gt;&lt;i&gt;&quot;\n</pre>")
			.doesNotContain("<i>");
	}

	@Test
	void showsTheTextToCopy() {
		assertThat(DiagramPage.render("t", DIAGRAM)).contains("<pre>erDiagram\n    users {\n");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = DiagramPage.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
