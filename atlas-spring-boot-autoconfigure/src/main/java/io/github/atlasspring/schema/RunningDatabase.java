package io.github.atlasspring.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jspecify.annotations.Nullable;

/**
 * Tells which database a built {@code EntityManagerFactory} runs on: the dialect and
 * version Hibernate settled on when it built the factory, from its connection or its
 * settings.
 */
public final class RunningDatabase {

	private RunningDatabase() {
	}

	/**
	 * Return the database a factory runs on.
	 * @param entityManagerFactory the factory
	 * @return the database, or {@code null} if the factory is not Hibernate's or its
	 * dialect has no Atlas name
	 */
	public static @Nullable SchemaTarget of(EntityManagerFactory entityManagerFactory) {
		Dialect dialect;
		try {
			dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
		}
		catch (PersistenceException | IllegalStateException ex) {
			return null;
		}
		SchemaDialect family = DialectFamily.of(dialect, dialect.getClass().getClassLoader());
		return (family != null) ? new SchemaTarget(family, versionOf(dialect)) : null;
	}

	static String versionOf(Dialect dialect) {
		DatabaseVersion version = dialect.getVersion();
		String text = version.getDatabaseMajorVersion() + "." + version.getDatabaseMinorVersion();
		return (version.getDatabaseMicroVersion() > 0) ? text + "." + version.getDatabaseMicroVersion() : text;
	}

}
