package io.github.atlasspring.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The print-mode options passed on to the application as {@code --atlas.*} arguments.
 *
 * @param dialect the database to write the DDL for, or {@code null} for the application's
 * own
 * @param dialectVersion the database version, or {@code null} for the default
 * @param persistenceUnit the persistence unit to print, or {@code null} for the only one
 */
record PrintModeOptions(String dialect, String dialectVersion, String persistenceUnit) {

	/**
	 * Return the application arguments that switch print mode on with these options,
	 * followed by the given extra arguments.
	 * @param extraArguments further application arguments
	 * @return the application arguments
	 */
	List<String> toApplicationArguments(List<String> extraArguments) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--atlas.print-schema");
		addIfSet(arguments, "--atlas.dialect=", this.dialect);
		addIfSet(arguments, "--atlas.dialect-version=", this.dialectVersion);
		addIfSet(arguments, "--atlas.persistence-unit=", this.persistenceUnit);
		arguments.addAll(extraArguments);
		return arguments;
	}

	private static void addIfSet(List<String> arguments, String prefix, String value) {
		if (value != null) {
			arguments.add(prefix + value);
		}
	}

}
