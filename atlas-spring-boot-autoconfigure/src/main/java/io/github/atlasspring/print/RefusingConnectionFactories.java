package io.github.atlasspring.print;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.framework.ProxyFactory;

/**
 * Makes R2DBC connection factories that refuse every connection: {@code create()}
 * publishes an error whose cause is a {@link RefusedConnectionException}. Loaded only
 * when R2DBC is on the class path.
 */
final class RefusingConnectionFactories {

	private RefusingConnectionFactories() {
	}

	static boolean isConnectionFactory(Object bean) {
		return bean instanceof ConnectionFactory;
	}

	static Object guard(Object connectionFactory, String beanName) {
		ProxyFactory factory = new ProxyFactory(connectionFactory);
		factory.setOpaque(true);
		factory.addAdvice(new Refusal("connection factory '" + beanName + "'"));
		return factory.getProxy(connectionFactory.getClass().getClassLoader());
	}

	/**
	 * Refuses {@code create()}, and unwraps (R2DBC's {@code Wrapped#unwrap()}) to the
	 * stand-in itself.
	 */
	private static final class Refusal implements MethodInterceptor {

		private final String connectionSource;

		Refusal(String connectionSource) {
			this.connectionSource = connectionSource;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			boolean noArguments = invocation.getMethod().getParameterCount() == 0;
			String name = invocation.getMethod().getName();
			if (noArguments && name.equals("create")) {
				return refused();
			}
			if (noArguments && name.equals("unwrap")) {
				return ((ProxyMethodInvocation) invocation).getProxy();
			}
			return invocation.proceed();
		}

		private Publisher<Connection> refused() {
			RefusedConnectionException refusal = new RefusedConnectionException(this.connectionSource);
			return (subscriber) -> {
				subscriber.onSubscribe(new NoSubscription());
				subscriber.onError(new R2dbcNonTransientResourceException(refusal.getMessage(), refusal));
			};
		}

	}

	private static final class NoSubscription implements Subscription {

		@Override
		public void request(long n) {
		}

		@Override
		public void cancel() {
		}

	}

}
