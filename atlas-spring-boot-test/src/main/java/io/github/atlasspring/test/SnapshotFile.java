package io.github.atlasspring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.jspecify.annotations.Nullable;

/**
 * A committed file of DDL text that a printed script is compared with, or rewritten to in
 * update mode.
 */
final class SnapshotFile {

	static final String UPDATE_PROPERTY = "atlas.snapshot.update";

	static final String UPDATE_VARIABLE = "ATLAS_SNAPSHOT_UPDATE";

	private static final String HOW_TO_UPDATE = "run the test with -D" + UPDATE_PROPERTY + "=true or " + UPDATE_VARIABLE
			+ "=true";

	private static final int CONTEXT_LINES = 3;

	private final Path path;

	SnapshotFile(Path path) {
		this.path = path;
	}

	/**
	 * Return whether update mode is on, by system property or environment variable.
	 * @return whether snapshots are rewritten instead of compared
	 */
	static boolean updateRequested() {
		return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY))
				|| Boolean.parseBoolean(System.getenv(UPDATE_VARIABLE));
	}

	/**
	 * Compare the file with the given text, or write the text to it in update mode.
	 * @param sql the expected content, with LF line endings
	 * @param update whether to rewrite a missing or different file instead of failing
	 * @return why the file does not match, or {@code null} if it matches or was updated
	 */
	@Nullable String check(String sql, boolean update) {
		String snapshot = read();
		if (sql.equals(snapshot)) {
			return null;
		}
		if (update) {
			write(sql);
			return null;
		}
		if (snapshot == null) {
			return "Schema snapshot " + this.path + " does not exist: " + HOW_TO_UPDATE + " to create it";
		}
		return "Schema snapshot " + this.path + " differs from the printed DDL (-snapshot +DDL): " + HOW_TO_UPDATE
				+ " to update it, then review and commit it\n" + diff(snapshot, sql);
	}

	private @Nullable String read() {
		if (!Files.isRegularFile(this.path)) {
			return null;
		}
		try {
			return Files.readString(this.path, StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read schema snapshot " + this.path, ex);
		}
	}

	private void write(String sql) {
		Path directory = this.path.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, this.path.getFileName().toString(), ".tmp");
			Files.writeString(temporary, sql, StandardCharsets.UTF_8);
			move(temporary, this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write schema snapshot " + this.path, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// The snapshot itself is written or its failure reported: a stray temporary
			// file is harmless
		}
	}

	private String diff(String snapshot, String sql) {
		List<String> original = snapshot.lines().toList();
		List<String> revised = sql.lines().toList();
		List<String> diff = new ArrayList<>(UnifiedDiffUtils.generateUnifiedDiff(this.path.toString(), "printed DDL",
				original, DiffUtils.diff(original, revised), CONTEXT_LINES));
		if (!snapshot.isEmpty() && !snapshot.endsWith("\n")) {
			diff.add("\\ No newline at end of " + this.path);
		}
		return String.join("\n", diff);
	}

}
