package io.github.atlasspring.print;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FastPath} and for {@link FastPathOption}.
 */
class FastPathTests {

	private static final FastPath CDS = new FastPath(Path.of("/jdk/bin/java"), Path.of("/app/.atlas/app.jar"),
			Path.of("/app/.atlas/app.jsa"), false);

	private static final FastPath AOT = new FastPath(Path.of("/jdk/bin/java"), Path.of("/app/.atlas/app.jar"),
			Path.of("/app/.atlas/app.aot"), true);

	@Test
	void programUsesClassDataArchiveWithC1AndPassesArgumentsOn() {
		assertThat(CDS.program(List.of("--atlas.dialect=postgres"))).containsExactly("/jdk/bin/java", "-Xlog:disable",
				"-Xlog:all=warning:stderr", "-XX:SharedArchiveFile=/app/.atlas/app.jsa", "-XX:TieredStopAtLevel=1",
				"-Dspring.backgroundpreinitializer.ignore=true", "-jar", "/app/.atlas/app.jar", "--atlas.print-schema",
				"--atlas.dialect=postgres");
	}

	@Test
	void trainingRunWritesArchiveAtExit() {
		assertThat(CDS.trainingCommand(List.of())).contains("-XX:ArchiveClassesAtExit=/app/.atlas/app.jsa",
				"--atlas.print-schema");
		assertThat(AOT.trainingCommand(List.of())).contains("-XX:AOTCacheOutput=/app/.atlas/app.aot");
		assertThat(AOT.program(List.of())).contains("-XX:AOTCache=/app/.atlas/app.aot");
	}

	@Test
	void choosesAotCacheFromJava25() {
		assertThat(FastPath.of(Path.of("/app/app.jar")).aotCache())
			.isEqualTo(Runtime.version().feature() >= FastPath.AOT_CACHE_OUTPUT_RELEASE);
	}

	@Test
	void writesProgramAsHclListQuotingWhatHclInterprets() {
		assertThat(FastPath.hcl(List.of("java", "--a=\"b\\c\"", "--d=${e}%{f}")))
			.isEqualTo("program = [\n  \"java\",\n  \"--a=\\\"b\\\\c\\\"\",\n  \"--d=$${e}%%{f}\",\n]\n");
	}

	@Test
	void optionAsksForDefaultDirectoryWhenBareOrTrue() {
		assertThat(FastPathOption.requested(new MockEnvironment().withProperty("atlas.prepare-fast-path", "")))
			.isEmpty();
		assertThat(FastPathOption.requested(new MockEnvironment().withProperty("atlas.prepare-fast-path", "true")))
			.isEmpty();
		assertThat(FastPathOption.requested(new MockEnvironment().withProperty("atlas.prepare-fast-path", "x/y")))
			.isEqualTo("x/y");
	}

	@Test
	void optionIsOffWhenMissingOrFalse() {
		assertThat(FastPathOption.requested(new MockEnvironment())).isNull();
		assertThat(FastPathOption.requested(new MockEnvironment().withProperty("atlas.prepare-fast-path", "false")))
			.isNull();
	}

}
