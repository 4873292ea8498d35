package io.github.atlasspring.print;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ConnectionBuilder;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;
import javax.sql.PooledConnection;
import javax.sql.PooledConnectionBuilder;
import javax.sql.XAConnectionBuilder;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.framework.ProxyFactory;

/**
 * Makes data sources that refuse every connection. The stand-in keeps the data source's
 * class where it can (a subclass proxy), so that beans asking for
 * {@code HikariDataSource} still get one, and answers everything else, such as its JDBC
 * URL, from the real data source.
 */
final class RefusingDataSources {

	private static final List<Class<?>> CONNECTING_TYPES = List.of(Connection.class, PooledConnection.class,
			ConnectionBuilder.class, PooledConnectionBuilder.class, XAConnectionBuilder.class);

	private RefusingDataSources() {
	}

	static Object guard(DataSource dataSource, String beanName) {
		ProxyFactory factory = new ProxyFactory(dataSource);
		factory.setOpaque(true);
		factory.setProxyTargetClass(canSubclass(dataSource.getClass()));
		factory.addAdvice(new Refusal("data source '" + beanName + "'"));
		return factory.getProxy(dataSource.getClass().getClassLoader());
	}

	/**
	 * Whether a subclass proxy would route every connecting call to the interceptor: a
	 * final method would run on the proxy's own, empty state instead.
	 * @param type the data source's class
	 * @return whether it can be subclassed
	 */
	private static boolean canSubclass(Class<?> type) {
		return !Modifier.isFinal(type.getModifiers()) && Arrays.stream(type.getMethods())
			.noneMatch((method) -> Modifier.isFinal(method.getModifiers()) && isConnecting(method));
	}

	private static boolean isConnecting(Method method) {
		return CONNECTING_TYPES.stream().anyMatch((type) -> type.isAssignableFrom(method.getReturnType()));
	}

	/**
	 * Refuses connections, and unwrapping to anything but the stand-in itself.
	 */
	private static final class Refusal implements MethodInterceptor {

		private final String connectionSource;

		Refusal(String connectionSource) {
			this.connectionSource = connectionSource;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Method method = invocation.getMethod();
			if (isConnecting(method)) {
				throw new RefusedConnectionException(this.connectionSource);
			}
			if (isWrapperMethod(method)) {
				Object proxy = ((ProxyMethodInvocation) invocation).getProxy();
				Class<?> type = (Class<?>) invocation.getArguments()[0];
				if (method.getName().equals("isWrapperFor")) {
					return type.isInstance(proxy);
				}
				if (type.isInstance(proxy)) {
					return proxy;
				}
				throw new RefusedConnectionException(this.connectionSource);
			}
			return invocation.proceed();
		}

		private static boolean isWrapperMethod(Method method) {
			return (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor"))
					&& Arrays.equals(method.getParameterTypes(), new Class<?>[] { Class.class });
		}

	}

}
