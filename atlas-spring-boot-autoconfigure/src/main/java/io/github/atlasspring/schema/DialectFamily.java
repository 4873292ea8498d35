package io.github.atlasspring.schema;

import org.jspecify.annotations.Nullable;

/**
 * Tells which {@link SchemaDialect} a configured Hibernate dialect belongs to, so that an
 * application's own dialect subclass is kept when the target is the same database.
 */
final class DialectFamily {

	private DialectFamily() {
	}

	static @Nullable SchemaDialect of(Object configured, @Nullable ClassLoader classLoader) {
		Class<?> dialectClass = (configured instanceof Class<?> type) ? type
				: (configured instanceof String name) ? load(name.trim(), classLoader) : configured.getClass();
		if (dialectClass == null) {
			return null;
		}
		SchemaDialect family = null;
		Class<?> familyClass = null;
		for (SchemaDialect candidate : SchemaDialect.values()) {
			Class<?> candidateClass = load(candidate.hibernateDialect(), classLoader);
			boolean closer = candidateClass != null && candidateClass.isAssignableFrom(dialectClass)
					&& (familyClass == null || familyClass.isAssignableFrom(candidateClass));
			if (closer) {
				family = candidate;
				familyClass = candidateClass;
			}
		}
		return family;
	}

	static @Nullable Class<?> load(String className, @Nullable ClassLoader classLoader) {
		try {
			return Class.forName(className, false,
					(classLoader != null) ? classLoader : DialectFamily.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return null;
		}
	}

}
