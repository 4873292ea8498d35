package io.github.atlasspring.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import io.github.atlasspring.schema.SchemaDialect;
import io.github.atlasspring.schema.SchemaScript;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The snapshot assertion: a match, a readable diff, a missing file, and update mode.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class MatchesSnapshotTests {

	private static final SchemaScript SCRIPT = new SchemaScript("blog", SchemaDialect.POSTGRESQL, "16",
			List.of("create table author (id bigint not null, primary key (id));",
					"create table blog (id bigint not null, title varchar(200), primary key (id));",
					"create table tag (id bigint not null, primary key (id));"));

	@TempDir
	Path directory;

	@Test
	void equalSnapshotMatches() throws IOException {
		Path snapshot = write("postgres-16.sql", SCRIPT.toSql());
		assertThat(SCRIPT).matchesSnapshot(snapshot);
	}

	@Test
	void snapshotWithWindowsLineEndingsMatches() throws IOException {
		Path snapshot = write("postgres-16.sql", SCRIPT.toSql().replace("\n", "\r\n"));
		assertThat(SCRIPT).matchesSnapshot(snapshot);
	}

	@Test
	void printedDdlMatchesItsSnapshotAfterUpdate() {
		SchemaScript printed = BlogSchema.printedFor("h2", null);
		Path snapshot = this.directory.resolve("h2.sql");
		update(() -> assertThat(printed).matchesSnapshot(snapshot));
		assertThat(printed).matchesSnapshot(snapshot);
	}

	@Test
	void differentSnapshotFailsWithUnifiedDiff() throws IOException {
		Path snapshot = write("postgres-16.sql", SCRIPT.toSql().replace("varchar(200)", "varchar(100)"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(SCRIPT).matchesSnapshot(snapshot))
			.withMessage("""
					Schema snapshot %1$s differs from the printed DDL (-snapshot +DDL): run the test with \
					-Datlas.snapshot.update=true or ATLAS_SNAPSHOT_UPDATE=true to update it, then review and commit it
					--- %1$s
					+++ printed DDL
					@@ -1,3 +1,3 @@
					 create table author (id bigint not null, primary key (id));
					-create table blog (id bigint not null, title varchar(100), primary key (id));
					+create table blog (id bigint not null, title varchar(200), primary key (id));
					 create table tag (id bigint not null, primary key (id));""", snapshot);
	}

	@Test
	void snapshotWithoutFinalNewlineFailsSayingSo() throws IOException {
		Path snapshot = write("postgres-16.sql", SCRIPT.toSql().strip());
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(SCRIPT).matchesSnapshot(snapshot))
			.withMessageEndingWith("\\ No newline at end of " + snapshot);
	}

	@Test
	void missingSnapshotFailsSayingHowToCreateIt() {
		Path snapshot = this.directory.resolve("schema/postgres-16.sql");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(SCRIPT).matchesSnapshot(snapshot))
			.withMessage("Schema snapshot " + snapshot + " does not exist: run the test with "
					+ "-Datlas.snapshot.update=true or ATLAS_SNAPSHOT_UPDATE=true to create it");
	}

	@Test
	void updateModeCreatesMissingSnapshotWithLineFeedsAndFinalNewline() throws IOException {
		Path snapshot = this.directory.resolve("schema/nested/postgres-16.sql");
		update(() -> assertThat(SCRIPT).matchesSnapshot(snapshot));
		assertThat(Files.readString(snapshot, StandardCharsets.UTF_8))
			.isEqualTo(String.join("\n", SCRIPT.statements()) + "\n");
		try (Stream<Path> files = Files.list(snapshot.getParent())) {
			assertThat(files).containsExactly(snapshot);
		}
	}

	@Test
	void updateModeReplacesDifferentSnapshot() throws IOException {
		Path snapshot = write("postgres-16.sql", "create table old (id int);\r\n");
		update(() -> assertThat(SCRIPT).matchesSnapshot(snapshot));
		assertThat(Files.readString(snapshot, StandardCharsets.UTF_8)).isEqualTo(SCRIPT.toSql());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static void update(Runnable assertion) {
		System.setProperty(SnapshotFile.UPDATE_PROPERTY, "true");
		try {
			assertion.run();
		}
		finally {
			System.clearProperty(SnapshotFile.UPDATE_PROPERTY);
		}
	}

}
