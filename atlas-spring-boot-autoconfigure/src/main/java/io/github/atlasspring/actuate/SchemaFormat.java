package io.github.atlasspring.actuate;

import org.springframework.boot.actuate.endpoint.Producible;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * The formats {@code /actuator/atlasschema} answers in, chosen by the request's
 * {@code Accept} header.
 */
public enum SchemaFormat implements Producible<SchemaFormat> {

	/**
	 * The DDL as SQL text, one statement a line: what Atlas reads.
	 */
	TEXT("text/plain;charset=UTF-8"),

	/**
	 * A JSON document with the dialect, version and statements of each unit.
	 */
	JSON("application/json");

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
