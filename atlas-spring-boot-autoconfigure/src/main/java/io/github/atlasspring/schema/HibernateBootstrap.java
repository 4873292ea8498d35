package io.github.atlasspring.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.Version;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.tool.schema.spi.CommandAcceptanceException;
import org.hibernate.tool.schema.spi.ExceptionHandler;

/**
 * The one place that uses Hibernate's internal API, in the form Hibernate 6.6 to 7.4
 * share: the JPA bootstrap's metadata step ({@code EntityManagerFactoryBuilderImpl},
 * which builds the metadata of a persistence unit exactly as Hibernate's JPA provider
 * does, without a {@code SessionFactory}) and the Bean Validation DDL step of
 * {@code TypeSafeActivator}, a package-private class that a {@code SessionFactory} calls
 * and that is therefore reached reflectively, by its exact signature.
 * <p>
 * A Hibernate without them fails the first export, with one line naming the Hibernate
 * found and the versions supported.
 */
final class HibernateBootstrap implements AutoCloseable {

	static final String SUPPORTED = "Hibernate ORM 6.6 to 7.4";

	private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

	private static volatile Method applyRelationalConstraints;

	/**
	 * Stops schema creation at the first statement Hibernate cannot write, as Hibernate's
	 * own halting handler does.
	 */
	static final ExceptionHandler HALT = HibernateBootstrap::halt;

	private final EntityManagerFactoryBuilderImpl builder;

	private HibernateBootstrap(EntityManagerFactoryBuilderImpl builder) {
		this.builder = builder;
	}

	/**
	 * Start the JPA bootstrap of a persistence unit, up to its metadata.
	 * @param unit the unit, cut off from its data source and class transformers
	 * @param settings the settings
	 * @return the bootstrap, to be closed when its metadata is no longer needed
	 */
	static HibernateBootstrap start(PersistenceUnitInfo unit, Map<String, Object> settings) {
		check();
		return new HibernateBootstrap(
				new EntityManagerFactoryBuilderImpl(new DetachedPersistenceUnitDescriptor(unit), settings));
	}

	MetadataImplementor metadata() {
		return this.builder.metadata();
	}

	/**
	 * Apply Bean Validation constraints to the mapping, as a {@code SessionFactory} does.
	 * Only called when Bean Validation is on the class path.
	 * @param factory the {@code jakarta.validation.ValidatorFactory}
	 * @param entities the entity bindings
	 * @param settings the settings
	 * @param dialect the dialect
	 * @param classLoaderAccess access to the application's classes
	 */
	static void applyRelationalConstraints(Object factory, Collection<?> entities, Map<String, Object> settings,
			Dialect dialect, ClassLoaderAccess classLoaderAccess) {
		try {
			activator().invoke(null, factory, entities, settings, dialect, classLoaderAccess);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw unsupported(ex);
		}
	}

	/**
	 * Check that the JPA bootstrap this class uses is there.
	 * @throws SchemaExportException if this Hibernate lacks it
	 */
	static void check() {
		try {
			EntityManagerFactoryBuilderImpl.class.getConstructor(PersistenceUnitDescriptor.class, Map.class);
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw unsupported(ex);
		}
	}

	private static Method activator() {
		Method method = applyRelationalConstraints;
		if (method == null) {
			try {
				ClassLoader classLoader = HibernateBootstrap.class.getClassLoader();
				method = Class.forName(ACTIVATOR, false, classLoader)
					.getDeclaredMethod("applyRelationalConstraints",
							Class.forName("jakarta.validation.ValidatorFactory", false, classLoader), Collection.class,
							Map.class, Dialect.class, ClassLoaderAccess.class);
				method.setAccessible(true);
				applyRelationalConstraints = method;
			}
			catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
				throw unsupported(ex);
			}
		}
		return method;
	}

	private static SchemaExportException unsupported(Throwable cause) {
		return SchemaExportException.unsupported("Hibernate ORM " + Version.getVersionString()
				+ " is not supported: the starter works with " + SUPPORTED + " (" + cause + ")", cause);
	}

	private static void halt(CommandAcceptanceException ex) {
		throw ex;
	}

	@Override
	public void close() {
		this.builder.cancel();
	}

}
