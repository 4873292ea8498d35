package io.github.atlasspring.actuate;

import org.springframework.boot.actuate.endpoint.Producible;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * The formats {@code /actuator/atlasschema} answers in, chosen by the request's
 * {@code Accept} header. When it accepts several, the actuator takes the one declared
 * last here: a browser's {@code text/html,...,*}{@code /*} gets the page, while
 * {@code *}{@code /*} alone (curl, Atlas) gets the SQL text.
 */
public enum SchemaFormat implements Producible<SchemaFormat> {

	/**
	 * The DDL as SQL text, one statement a line: what Atlas reads.
	 */
	TEXT("text/plain;charset=UTF-8"),

	/**
	 * A JSON document with the dialect, version and statements of each unit.
	 */
	JSON("application/json"),

	/**
	 * A Mermaid {@code erDiagram} of the unit's tables, as print mode's
	 * {@code --atlas.format=mermaid} prints it.
	 */
	MERMAID("text/vnd.mermaid;charset=UTF-8"),

	/**
	 * An HTML page that draws that diagram in the browser, with nothing loaded from the
	 * network (see {@link DiagramPage}).
	 */
	HTML("text/html;charset=UTF-8");

	private final MimeType mimeType;

	SchemaFormat(String mimeType) {
		this.mimeType = MimeTypeUtils.parseMimeType(mimeType);
	}

	@Override
	public MimeType getProducedMimeType() {
		return this.mimeType;
	}

	@Override
	public boolean isDefault() {
		return this == TEXT;
	}

}
