package io.github.atlasspring.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;

import org.springframework.util.ClassUtils;

/**
 * Applies Bean Validation constraints ({@code @NotNull}, {@code @Size}, {@code @Min}, ...)
 * to the mapping as Hibernate does when it builds a {@code SessionFactory}, so that the
 * DDL carries the same {@code not null}, lengths and checks. Hibernate 6.6 and 7.x keep
 * that step in a package-private class, which is why it is called reflectively.
 */
final class BeanValidationConstraints {

	private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

	private BeanValidationConstraints() {
	}

	static void apply(MetadataImplementor metadata, Map<String, Object> settings, Dialect dialect) {
		boolean available = ClassUtils.isPresent("jakarta.validation.Validation",
				BeanValidationConstraints.class.getClassLoader());
		if (available && isEnabled(settings)) {
			Activation.apply(metadata, settings, dialect);
		}
	}

	private static boolean isEnabled(Map<String, Object> settings) {
		if ("false".equalsIgnoreCase(String.valueOf(settings.get("hibernate.validator.apply_to_ddl")))) {
			return false;
		}
		Object mode = settings.getOrDefault("jakarta.persistence.validation.mode",
				settings.getOrDefault("javax.persistence.validation.mode", "auto"));
		String modes = String.valueOf(mode).toLowerCase(Locale.ROOT);
		return modes.contains("auto") || modes.contains("ddl");
	}

	/**
	 * The part that needs the Bean Validation API, loaded only when it is present.
	 */
	private static final class Activation {

		static void apply(MetadataImplementor metadata, Map<String, Object> settings, Dialect dialect) {
			Object provided = settings.getOrDefault("jakarta.persistence.validation.factory",
					settings.get("javax.persistence.validation.factory"));
			ValidatorFactory factory = (provided instanceof ValidatorFactory given) ? given : buildDefaultFactory();
			if (factory == null) {
				return;
			}
			ClassLoaderService classLoaders = metadata.getMetadataBuildingOptions()
				.getServiceRegistry()
				.requireService(ClassLoaderService.class);
			try {
				activator().invoke(null, factory, metadata.getEntityBindings(), settings, dialect,
						new ClassLoaderAccessImpl(null, classLoaders));
			}
			catch (InvocationTargetException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getCause());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot apply Bean Validation constraints with " + ACTIVATOR, ex);
			}
			finally {
				if (factory != provided) {
					factory.close();
				}
			}
		}

		private static Method activator() throws ReflectiveOperationException {
			Class<?> activator = Class.forName(ACTIVATOR, false, BeanValidationConstraints.class.getClassLoader());
			for (Method method : activator.getDeclaredMethods()) {
				if (method.getName().equals("applyRelationalConstraints") && method.getParameterCount() == 5) {
					method.setAccessible(true);
					return method;
				}
			}
			throw new NoSuchMethodException(ACTIVATOR + ".applyRelationalConstraints");
		}

		private static ValidatorFactory buildDefaultFactory() {
			try {
				return Validation.buildDefaultValidatorFactory();
			}
			catch (ValidationException ex) {
				return null;
			}
		}

	}

}
