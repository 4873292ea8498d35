package io.github.atlasspring.print;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import io.github.atlasspring.schema.SchemaExportException;

/**
 * The application jar a fast path was prepared from, as it was then. The preparation
 * records it in the fast path's marker file, and every print-mode run of the extracted
 * jar checks it: a fast path runs a copy of the application, so once the jar is rebuilt
 * the copy would print the schema of the old build. Such a run fails instead, naming the
 * command that refreshes it.
 *
 * @param jar the application jar, absolute
 * @param size its size in bytes
 * @param lastModified its modification time in milliseconds
 */
record FastPathSource(Path jar, long size, long lastModified) {

	private static final String JAR = "jar";

	private static final String SIZE = "size";

	private static final String LAST_MODIFIED = "lastModified";

	/**
	 * Return the jar as it is now.
	 * @param jar the application jar, absolute
	 * @return the source
	 * @throws IOException if the jar cannot be read, {@link NoSuchFileException} if it is
	 * gone
	 */
	static FastPathSource of(Path jar) throws IOException {
		return new FastPathSource(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
	}

	/**
	 * Write the source to a fast path's marker file.
	 * @param marker the marker file
	 * @throws IOException if it cannot be written
	 */
	void write(Path marker) throws IOException {
		Properties properties = new Properties();
		properties.setProperty(JAR, this.jar.toString());
		properties.setProperty(SIZE, Long.toString(this.size));
		properties.setProperty(LAST_MODIFIED, Long.toString(this.lastModified));
		try (Writer writer = Files.newBufferedWriter(marker, StandardCharsets.UTF_8)) {
			properties.store(writer, "The application jar this fast path was prepared from");
		}
	}

	/**
	 * Check, in print mode, that the running jar is not a fast path older than its
	 * application jar. A jar that is not in a fast path's directory passes.
	 * @throws SchemaExportException if the application jar changed or is gone since the
	 * fast path was prepared
	 */
	static void checkRunningJar() {
		Path marker = runningFastPathMarker();
		if (marker != null) {
			check(marker);
		}
	}

	/**
	 * Check that the application jar recorded in a fast path's marker file is unchanged.
	 * A marker without a record passes.
	 * @param marker the marker file
	 * @throws SchemaExportException if the application jar changed or is gone
	 */
	static void check(Path marker) {
		FastPathSource recorded = read(marker);
		if (recorded == null) {
			return;
		}
		String change;
		try {
			change = recorded.equals(of(recorded.jar)) ? null : "changed";
		}
		catch (NoSuchFileException ex) {
			change = "is gone";
		}
		catch (IOException ex) {
			change = "cannot be read (" + ex.getMessage() + ")";
		}
		if (change != null) {
			Path directory = marker.getParent();
			throw SchemaExportException.invalidOption(recorded.jar + " " + change + " since the fast path in "
					+ directory + " was prepared from it, which would print the schema of the old build: run java -jar "
					+ recorded.jar + " " + FastPathOption.OPTION + "=" + directory + " again");
		}
	}

	private static @Nullable Path runningFastPathMarker() {
		Path jar = FastPathOption.classPathJar();
		Path marker = (jar != null) ? jar.resolveSibling(FastPathOption.MARKER) : null;
		return (marker != null && Files.isRegularFile(marker)) ? marker : null;
	}

	private static @Nullable FastPathSource read(Path marker) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the fast path's " + marker, ex);
		}
		String jar = properties.getProperty(JAR);
		String size = properties.getProperty(SIZE);
		String lastModified = properties.getProperty(LAST_MODIFIED);
		if (jar == null || size == null || lastModified == null) {
			return null;
		}
		return new FastPathSource(Path.of(jar), number(size), number(lastModified));
	}

	private static long number(String value) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
