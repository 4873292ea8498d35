package io.github.atlasspring.actuate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * An HTML page that draws a Mermaid diagram in the browser without reaching the network:
 * the page embeds Mermaid itself (MIT licence, vendored at build time from the
 * {@code org.webjars.npm:mermaid} jar, with its {@code LICENSE} beside it), and its
 * Content Security Policy allows no source but its own two scripts, so the browser loads
 * nothing else.
 * <p>
 * The diagram's text is embedded as JSON data and also shown as text, to copy into a pull
 * request. Once drawn, the page's {@code body} has {@code data-rendered="true"} and
 * {@code data-render-millis} (how long Mermaid took), or {@code data-rendered="error"}.
 */
public final class DiagramPage {

	static final String SCRIPT_RESOURCE = "mermaid/mermaid.min.js";

	private static final String DRAW_SCRIPT = """
			(function () {
			  var source = JSON.parse(document.getElementById('atlas-erd-source').textContent);
			  var target = document.getElementById('atlas-erd');
			  var started = performance.now();
			  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true,
			    maxTextSize: 1000000000, maxEdges: 1000000000, er: { useMaxWidth: false } });
			  mermaid.render('atlas-erd-svg', source).then(function (result) {
			    target.innerHTML = result.svg;
			    document.body.setAttribute('data-render-millis', String(Math.round(performance.now() - started)));
			    document.body.setAttribute('data-rendered', 'true');
			  }, function (error) {
			    target.textContent = 'Mermaid could not draw the diagram: ' + error;
			    document.body.setAttribute('data-rendered', 'error');
			  });
			})();
			""";

	private DiagramPage() {
	}

	/**
	 * Render a page.
	 * @param title the page's title, as plain text
	 * @param mermaid the diagram's Mermaid text
	 * @return the page
	 * @throws IllegalStateException if the embedded Mermaid is missing from the class
	 * path
	 */
	public static String render(String title, String mermaid) {
		String library = Library.SCRIPT;
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
				script-src '%s' '%s'; style-src 'unsafe-inline'">
				<title>%s</title>
				<style>
				body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
				h1 { font-size: 1.2em; }
				details pre { background: #f6f8fa; padding: 1em; overflow: auto; }
				</style>
				</head>
				<body>
				<h1>%s</h1>
				<div id="atlas-erd"></div>
				<details><summary>Mermaid text (paste it into a <code>```mermaid</code> block)</summary>
				<pre>%s</pre></details>
				<script type="application/json" id="atlas-erd-source">%s</script>
				<script>%s</script>
				<script>%s</script>
				</body>
				</html>
				""".formatted(Library.HASH, hash(DRAW_SCRIPT), html(title), html(title), html(mermaid), json(mermaid),
				library, DRAW_SCRIPT);
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Return text as a JSON string that cannot end the script element that holds it.
	 * @param text the text
	 * @return the JSON string
	 */
	private static String json(String text) {
		StringBuilder json = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	private static String hash(String script) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The embedded Mermaid, read once, on first use.
	 */
	private static final class Library {

		static final String SCRIPT = read();

		static final String HASH = hash(SCRIPT);

		private static String read() {
			try (InputStream in = DiagramPage.class.getResourceAsStream(SCRIPT_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(
							SCRIPT_RESOURCE + " is missing next to " + DiagramPage.class.getName()
									+ ": build the starter with Maven, which copies it from org.webjars.npm:mermaid");
				}
				String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (script.toLowerCase(Locale.ROOT).contains("<script")
						|| script.toLowerCase(Locale.ROOT).contains("</script")) {
					throw new IllegalStateException(SCRIPT_RESOURCE + " cannot be embedded in a script element");
				}
				return script;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
