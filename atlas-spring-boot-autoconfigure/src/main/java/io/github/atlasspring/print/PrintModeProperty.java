package io.github.atlasspring.print;

import java.util.Locale;

import org.springframework.core.env.Environment;

import io.github.atlasspring.schema.SchemaExportException;

/**
 * Reads {@code atlas.print-schema}: a bare {@code --atlas.print-schema} flag counts as
 * {@code true}, as does {@code ATLAS_PRINT_SCHEMA=true} in the environment.
 */
public final class PrintModeProperty {

	/**
	 * The property that switches print mode on.
	 */
	public static final String NAME = "atlas.print-schema";

	private PrintModeProperty() {
	}

	/**
	 * Return whether print mode is on.
	 * @param environment the environment
	 * @return whether print mode is on
	 * @throws SchemaExportException if the value is neither {@code true} nor
	 * {@code false}
	 */
	public static boolean isEnabled(Environment environment) {
		String value = environment.getProperty(NAME);
		if (value == null) {
			return false;
		}
		String normalized = value.trim().toLowerCase(Locale.ROOT);
		if (normalized.isEmpty() || normalized.equals("true")) {
			return true;
		}
		if (normalized.equals("false")) {
			return false;
		}
		throw SchemaExportException.invalidOption("Invalid value '" + value
				+ "' for atlas.print-schema: use --atlas.print-schema or atlas.print-schema=true");
	}

}
