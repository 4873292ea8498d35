package io.github.atlasspring.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.springframework.boot.loader.tools.JavaExecutable;

/**
 * Print the application's schema for Atlas from the project's sources: compile them, then
 * run the application in print mode ({@code --atlas.print-schema}) on its classes and
 * runtime class path. Standard output carries the DDL and nothing else; the application's
 * log goes to standard error. When print mode fails, the build fails with its
 * {@code atlas: error:} line and nothing is written to standard output.
 * <p>
 * Run it as
 * {@code mvn -B -q -Dorg.slf4j.simpleLogger.logFile=System.err atlas:print-schema
 * -Datlas.dialect=postgres}: {@code -q} keeps Maven's own messages off standard output
 * and the logger option sends its error messages to standard error.
 */
@Mojo(name = "print-schema", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class PrintSchemaMojo extends AbstractMojo {

	private static final String STARTER_GROUP_ID = "io.github.atlasspring";

	private static final String STARTER_ARTIFACT_ID = "atlas-spring-boot-autoconfigure";

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	private MavenProject project;

	/**
	 * The project's compiled classes.
	 */
	@Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
	private File classesDirectory;

	/**
	 * Database to write the DDL for: {@code postgres}, {@code mysql}, {@code mariadb},
	 * {@code sqlite}, {@code mssql}, {@code h2}, {@code oracle} (print mode's
	 * {@code --atlas.dialect}). Default: the application's own database.
	 */
	@Parameter(property = "atlas.dialect")
	private String dialect;

	/**
	 * Database version to write the DDL for, such as {@code 16} or {@code 8.4} (print
	 * mode's {@code --atlas.dialect-version}). Default: the version the application
	 * configures, else the oldest version Hibernate supports.
	 */
	@Parameter(property = "atlas.dialect-version")
	private String dialectVersion;

	/**
	 * Persistence unit to print when the application has several, named after its
	 * {@code EntityManagerFactory} bean (print mode's {@code --atlas.persistence-unit}).
	 */
	@Parameter(property = "atlas.persistence-unit")
	private String persistenceUnit;

	/**
	 * Fully qualified name of the application's main class. Default: the Spring Boot
	 * Maven plugin's {@code mainClass}, else the {@code start-class} property, else the
	 * single {@code @SpringBootApplication} class with a {@code main} method.
	 */
	@Parameter(property = "atlas.main-class")
	private String mainClass;

	/**
	 * JVM options for the application, separated by spaces; quote an option that contains
	 * spaces. They come after {@code -XX:TieredStopAtLevel=1 -Xlog:disable
	 * -Xlog:all=warning:stderr}, so they can override them.
	 */
	@Parameter(property = "atlas.jvm-arguments")
	private String jvmArguments;

	/**
	 * Further application arguments, separated by spaces, such as
	 * {@code --spring.profiles.active=dev}; quote an argument that contains spaces.
	 */
	@Parameter(property = "atlas.arguments")
	private String arguments;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		requireStarter();
		PrintModeCommand command = new PrintModeCommand(new JavaExecutable().toString(),
				split(this.jvmArguments, "atlas.jvm-arguments"), classPath(),
				new MainClassResolver(this.project, this.classesDirectory).resolve(this.mainClass),
				new PrintModeOptions(this.dialect, this.dialectVersion, this.persistenceUnit)
					.toApplicationArguments(split(this.arguments, "atlas.arguments")));
		PrintModeResult result = run(command);
		if (!result.printed()) {
			throw new MojoFailureException(result.failure());
		}
		System.out.write(result.standardOutput(), 0, result.standardOutput().length);
		System.out.flush();
	}

	private void requireStarter() throws MojoFailureException {
		boolean hasStarter = this.project.getArtifacts()
			.stream()
			.anyMatch((artifact) -> STARTER_GROUP_ID.equals(artifact.getGroupId())
					&& STARTER_ARTIFACT_ID.equals(artifact.getArtifactId()));
		if (!hasStarter) {
			throw new MojoFailureException(this.project.getArtifactId()
					+ " has no print mode: add the dependency io.github.atlasspring:atlas-spring-boot-starter");
		}
	}

	private List<File> classPath() {
		List<File> classPath = new ArrayList<>();
		classPath.add(this.classesDirectory);
		for (Artifact artifact : this.project.getArtifacts()) {
			if (artifact.getFile() != null && !Artifact.SCOPE_TEST.equals(artifact.getScope())) {
				classPath.add(artifact.getFile());
			}
		}
		return classPath;
	}

	private PrintModeResult run(PrintModeCommand command) throws MojoExecutionException {
		try {
			return new PrintModeProcess(this.project.getBasedir(), System.err).run(command);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Cannot run print mode: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MojoExecutionException("Interrupted while print mode ran", ex);
		}
	}

	private static List<String> split(String line, String option) throws MojoFailureException {
		try {
			return ArgumentLine.split(line, option);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
	}

}
