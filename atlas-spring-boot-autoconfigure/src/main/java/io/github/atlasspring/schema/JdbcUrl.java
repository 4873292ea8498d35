package io.github.atlasspring.schema;

import java.lang.reflect.Method;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the JDBC URL a persistence unit is configured with, without connecting: from the
 * unit's properties or from the URL property of common pooled and simple data sources.
 */
final class JdbcUrl {

	private static final List<String> URL_PROPERTIES = List.of("jakarta.persistence.jdbc.url",
			"javax.persistence.jdbc.url", "hibernate.connection.url");

	private static final List<String> URL_GETTERS = List.of("getJdbcUrl", "getUrl", "getURL");

	private static final int MAX_UNWRAP = 5;

	private JdbcUrl() {
	}

	static @Nullable String of(PersistenceUnitDefinition unit) {
		for (String property : URL_PROPERTIES) {
			Object url = unit.properties().get(property);
			if (url != null) {
				return url.toString();
			}
		}
		Object dataSource = unit.info().getNonJtaDataSource();
		for (int depth = 0; dataSource != null && depth < MAX_UNWRAP; depth++) {
			String url = invokeGetter(dataSource, URL_GETTERS);
			if (url != null) {
				return url;
			}
			dataSource = invoke(dataSource, "getTargetDataSource");
		}
		return null;
	}

	private static @Nullable String invokeGetter(Object target, List<String> names) {
		for (String name : names) {
			Object value = invoke(target, name);
			if (value instanceof String url) {
				return url;
			}
		}
		return null;
	}

	private static @Nullable Object invoke(Object target, String name) {
		try {
			Method method = target.getClass().getMethod(name);
			return method.invoke(target);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
