package io.github.atlasspring.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.atlasspring.maven.fixture.several.FirstApplication;
import io.github.atlasspring.maven.fixture.several.SecondApplication;
import io.github.atlasspring.maven.fixture.single.SingleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MainClassResolver}.
 */
class MainClassResolverTests {

	@TempDir
	Path classes;

	private final MavenProject project = new MavenProject();

	@BeforeEach
	void addBuild() {
		this.project.getModel().setBuild(new Build());
	}

	@Test
	void theConfiguredMainClassWins() throws Exception {
		configureSpringBootPlugin("com.example.FromPlugin");
		assertThat(resolver().resolve("com.example.Configured")).isEqualTo("com.example.Configured");
	}

	@Test
	void usesTheSpringBootPluginsMainClass() throws Exception {
		configureSpringBootPlugin("com.example.FromPlugin");
		this.project.getProperties().setProperty("start-class", "com.example.StartClass");
		assertThat(resolver().resolve(null)).isEqualTo("com.example.FromPlugin");
	}

	@Test
	void usesTheStartClassProperty() throws Exception {
		this.project.getProperties().setProperty("start-class", "com.example.StartClass");
		assertThat(resolver().resolve(null)).isEqualTo("com.example.StartClass");
	}

	@Test
	void ignoresAnUnresolvedStartClassExpression() throws Exception {
		configureSpringBootPlugin("${start-class}");
		copyClasses(SingleApplication.class);
		assertThat(resolver().resolve(null)).isEqualTo(SingleApplication.class.getName());
	}

	@Test
	void findsTheSingleSpringBootApplicationClass() throws Exception {
		copyClasses(SingleApplication.class, FakePrintMode.class);
		assertThat(resolver().resolve(" ")).isEqualTo(SingleApplication.class.getName());
	}

	@Test
	void severalApplicationClassesNameTheOption() throws Exception {
		copyClasses(FirstApplication.class, SecondApplication.class);
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> resolver().resolve(null))
			.withMessageContaining(FirstApplication.class.getName())
			.withMessageContaining(SecondApplication.class.getName())
			.withMessageEndingWith(": choose one with -Datlas.main-class=NAME");
	}

	@Test
	void noApplicationClassNamesTheOption() {
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> resolver().resolve(null))
			.withMessage("No @SpringBootApplication class with a main method in " + this.classes
					+ ": name the main class with -Datlas.main-class=NAME");
	}

	private MainClassResolver resolver() {
		return new MainClassResolver(this.project, this.classes.toFile());
	}

	private void configureSpringBootPlugin(String mainClass) {
		Xpp3Dom configuration = new Xpp3Dom("configuration");
		Xpp3Dom child = new Xpp3Dom("mainClass");
		child.setValue(mainClass);
		configuration.addChild(child);
		Plugin plugin = new Plugin();
		plugin.setGroupId("org.springframework.boot");
		plugin.setArtifactId("spring-boot-maven-plugin");
		plugin.setConfiguration(configuration);
		this.project.getBuild().addPlugin(plugin);
	}

	private void copyClasses(Class<?>... types) throws IOException, URISyntaxException {
		Path testClasses = Path.of(FakePrintMode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		for (Class<?> type : types) {
			String file = type.getName().replace('.', '/') + ".class";
			Path target = this.classes.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(testClasses.resolve(file), target);
		}
	}

}
