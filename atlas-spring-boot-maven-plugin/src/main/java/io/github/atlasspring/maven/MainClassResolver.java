package io.github.atlasspring.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.springframework.boot.loader.tools.MainClassFinder;

/**
 * Finds the application's main class the way the Spring Boot Maven plugin does: the
 * {@code mainClass} it is configured with, else the {@code start-class} property, else
 * the single {@code @SpringBootApplication} class with a {@code main} method.
 */
final class MainClassResolver {

	static final String OPTION = "atlas.main-class";

	private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	private static final String SPRING_BOOT_PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";

	private final MavenProject project;

	private final File classesDirectory;

	MainClassResolver(MavenProject project, File classesDirectory) {
		this.project = project;
		this.classesDirectory = classesDirectory;
	}

	/**
	 * Return the main class.
	 * @param configured the main class named by {@code atlas.main-class}, or {@code null}
	 * @return the fully qualified name of the main class
	 * @throws MojoFailureException if there is no single candidate
	 */
	String resolve(String configured) throws MojoFailureException {
		if (isSet(configured)) {
			return configured;
		}
		String springBootPluginMainClass = springBootPluginMainClass();
		if (isSet(springBootPluginMainClass)) {
			return springBootPluginMainClass;
		}
		String startClass = this.project.getProperties().getProperty("start-class");
		if (isSet(startClass)) {
			return startClass;
		}
		return findSpringBootApplication();
	}

	private String springBootPluginMainClass() {
		Plugin plugin = this.project.getPlugin(SPRING_BOOT_PLUGIN);
		if (plugin != null && plugin.getConfiguration() instanceof Xpp3Dom configuration) {
			Xpp3Dom mainClass = configuration.getChild("mainClass");
			return (mainClass != null) ? mainClass.getValue() : null;
		}
		return null;
	}

	private String findSpringBootApplication() throws MojoFailureException {
		String found;
		try {
			found = MainClassFinder.findSingleMainClass(this.classesDirectory, SPRING_BOOT_APPLICATION);
		}
		catch (IOException ex) {
			throw new MojoFailureException("Cannot read the classes in " + this.classesDirectory + ": "
					+ ex.getMessage() + "; or name the main class with -D" + OPTION, ex);
		}
		catch (IllegalStateException ex) {
			throw new MojoFailureException(ex.getMessage() + ": choose one with -D" + OPTION + "=NAME", ex);
		}
		if (found == null) {
			throw new MojoFailureException("No @SpringBootApplication class with a main method in "
					+ this.classesDirectory + ": name the main class with -D" + OPTION + "=NAME");
		}
		return found;
	}

	/**
	 * Whether a value is given: not null, not blank and not an expression the model left
	 * unresolved, such as the Spring Boot parent's {@code ${start-class}} when the
	 * property is not defined.
	 * @param value the value, possibly {@code null}
	 * @return whether it is set
	 */
	private static boolean isSet(String value) {
		return value != null && !value.isBlank() && !value.contains("${");
	}

}
