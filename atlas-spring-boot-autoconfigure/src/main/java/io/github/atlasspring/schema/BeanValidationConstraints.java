package io.github.atlasspring.schema;

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
 * Applies Bean Validation constraints ({@code @NotNull}, {@code @Size}, {@code @Min},
 * ...) to the mapping as Hibernate does when it builds a {@code SessionFactory}, so that
 * the DDL carries the same {@code not null}, lengths and checks, through
 * {@link HibernateBootstrap}. Mirrors when Hibernate 6.6 to 7.4 apply them: Bean
 * Validation present, {@code jakarta.persistence.validation.mode} {@code auto} or
 * {@code ddl}, and {@code hibernate.validator.apply_to_ddl} not {@code false}.
 */
final class BeanValidationConstraints {

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
				HibernateBootstrap.applyRelationalConstraints(factory, metadata.getEntityBindings(), settings, dialect,
						new ClassLoaderAccessImpl(null, classLoaders));
			}
			finally {
				if (factory != provided) {
					factory.close();
				}
			}
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
