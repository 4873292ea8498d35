package io.github.atlasspring.print;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Puts a stand-in in front of every {@link DataSource} and R2DBC
 * {@code ConnectionFactory} bean in print mode, before any other bean can receive it:
 * every request for a connection is refused with a {@link RefusedConnectionException} and
 * never reaches the driver.
 * <p>
 * Print mode adds it to the bean factory before the context refreshes, so it also guards
 * data sources that bean factory post-processors or other bean post-processors create.
 */
final class ConnectionRefusingPostProcessor implements SmartInstantiationAwareBeanPostProcessor {

	private static final boolean R2DBC_PRESENT = ClassUtils.isPresent("io.r2dbc.spi.ConnectionFactory",
			ConnectionRefusingPostProcessor.class.getClassLoader());

	private final Map<String, Object> earlyReferences = new ConcurrentHashMap<>();

	@Override
	public Object getEarlyBeanReference(Object bean, String beanName) {
		this.earlyReferences.put(beanName, bean);
		return guard(bean, beanName);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (this.earlyReferences.remove(beanName) == bean) {
			return bean;
		}
		return guard(bean, beanName);
	}

	private static Object guard(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return RefusingDataSources.guard(dataSource, beanName);
		}
		if (R2DBC_PRESENT && RefusingConnectionFactories.isConnectionFactory(bean)) {
			return RefusingConnectionFactories.guard(bean, beanName);
		}
		return bean;
	}

}
