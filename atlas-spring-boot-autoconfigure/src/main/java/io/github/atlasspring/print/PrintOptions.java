package io.github.atlasspring.print;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.atlasspring.schema.OutputFormat;
import io.github.atlasspring.schema.SourcePositions;

/**
 * The {@code atlas.*} options of print mode.
 *
 * @param dialect the database to write the DDL for, or {@code null} for the application's
 * own
 * @param version the database version, or {@code null}
 * @param persistenceUnit the unit to print, or {@code null} if there is only one
 * @param sourcePositions whether to write Atlas's position directives
 * @param sourceRoots where the entities' sources are, or {@code null} for
 * {@code src/main/java} and {@code src/main/kotlin} in the working directory
 * @param format what to print
 */
record PrintOptions(@Nullable String dialect, @Nullable String version, @Nullable String persistenceUnit,
		boolean sourcePositions, @Nullable List<String> sourceRoots, OutputFormat format) {

	static final List<String> DEFAULT_SOURCE_ROOTS = List.of("src/main/java", "src/main/kotlin");

	static final PrintOptions DEFAULTS = new PrintOptions(null, null, null, true, null, OutputFormat.SQL);

	/**
	 * Bind the options.
	 * @param environment the environment
	 * @return the options
	 * @throws io.github.atlasspring.schema.SchemaExportException if {@code atlas.format}
	 * names no format
	 */
	static PrintOptions bind(Environment environment) {
		Binder binder = Binder.get(environment);
		return new PrintOptions(binder.bind("atlas.dialect", String.class).orElse(null),
				binder.bind("atlas.dialect-version", String.class).orElse(null),
				binder.bind("atlas.persistence-unit", String.class).orElse(null),
				binder.bind("atlas.source-positions", Boolean.class).orElse(true),
				binder.bind("atlas.source-roots", Bindable.listOf(String.class)).orElse(null),
				binder.bind("atlas.format", String.class).map(OutputFormat::named).orElse(OutputFormat.SQL));
	}

	/**
	 * Read the sources the position directives point at.
	 * @return the positions, none if they are switched off
	 * @throws java.io.UncheckedIOException if a source file cannot be read
	 */
	SourcePositions positions() {
		if (!this.sourcePositions) {
			return SourcePositions.none();
		}
		List<String> roots = (this.sourceRoots != null) ? this.sourceRoots : DEFAULT_SOURCE_ROOTS;
		return SourcePositions.scan(roots.stream().map(Path::of).toList());
	}

}
