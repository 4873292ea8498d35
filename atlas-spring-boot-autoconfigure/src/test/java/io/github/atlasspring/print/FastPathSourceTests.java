package io.github.atlasspring.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link FastPathSource}.
 */
class FastPathSourceTests {

	@TempDir
	Path temp;

	@Test
	void unchangedJarPasses() throws IOException {
		Path marker = prepare();
		assertThatNoException().isThrownBy(() -> FastPathSource.check(marker));
	}

	@Test
	void rebuiltJarFailsNamingTheCommandThatRefreshes() throws IOException {
		Path marker = prepare();
		Path jar = this.temp.resolve("app.jar");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> FastPathSource.check(marker))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessage(jar + " changed since the fast path in " + marker.getParent()
					+ " was prepared from it, which would print the schema of the old build: run java -jar " + jar
					+ " --atlas.prepare-fast-path=" + marker.getParent() + " again");
	}

	@Test
	void jarOfAnotherSizeFails() throws IOException {
		Path marker = prepare();
		Path jar = this.temp.resolve("app.jar");
		FileTime time = Files.getLastModifiedTime(jar);
		Files.writeString(jar, "a larger jar");
		Files.setLastModifiedTime(jar, time);
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> FastPathSource.check(marker))
			.withMessageContaining(" changed since the fast path");
	}

	@Test
	void goneJarFails() throws IOException {
		Path marker = prepare();
		Files.delete(this.temp.resolve("app.jar"));
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> FastPathSource.check(marker))
			.withMessageContaining(" is gone since the fast path");
	}

	@Test
	void markerWithoutRecordPasses() throws IOException {
		Path marker = Files.createFile(this.temp.resolve(FastPathOption.MARKER));
		assertThatNoException().isThrownBy(() -> FastPathSource.check(marker));
	}

	private Path prepare() throws IOException {
		Path jar = Files.writeString(this.temp.resolve("app.jar"), "jar");
		Path directory = Files.createDirectories(this.temp.resolve(".atlas"));
		Path marker = directory.resolve(FastPathOption.MARKER);
		FastPathSource.of(jar).write(marker);
		return marker;
	}

}
