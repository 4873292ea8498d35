package io.github.atlasspring.jpa;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.persistence.spi.PersistenceProvider;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.JpaVendorAdapter;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import io.github.atlasspring.schema.PersistenceUnitDefinition;

/**
 * Records what each {@link LocalContainerEntityManagerFactoryBean} builds its
 * {@code EntityManagerFactory} from, leaving the build itself unchanged.
 */
public class PersistenceUnitRecorder implements BeanPostProcessor {

	private final Map<String, PersistenceUnitDefinition> units = new ConcurrentSkipListMap<>();

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factoryBean) {
			factoryBean.setPersistenceProvider(new CapturingPersistenceProvider(
					PersistenceUnitNames.fromBeanName(beanName), this::record, providerOf(factoryBean)));
		}
		return bean;
	}

	private void record(PersistenceUnitDefinition unit) {
		this.units.put(unit.name(), unit);
	}

	/**
	 * Return the recorded units.
	 * @return the units by name, sorted by name
	 */
	public SortedMap<String, PersistenceUnitDefinition> getUnits() {
		return new TreeMap<>(this.units);
	}

	/**
	 * Return the provider the factory bean will build with. Mirrors the lookup of Spring
	 * Framework's {@code AbstractEntityManagerFactoryBean#afterPropertiesSet} (6.2 and
	 * 7.0), which runs only after this post-processor: the provider set on the bean, else
	 * the vendor adapter's, else Hibernate's, the only provider this starter exports.
	 * @param factoryBean the factory bean
	 * @return the provider
	 */
	static PersistenceProvider providerOf(LocalContainerEntityManagerFactoryBean factoryBean) {
		if (factoryBean.getPersistenceProvider() != null) {
			return factoryBean.getPersistenceProvider();
		}
		JpaVendorAdapter vendorAdapter = factoryBean.getJpaVendorAdapter();
		return (vendorAdapter != null) ? vendorAdapter.getPersistenceProvider() : new HibernatePersistenceProvider();
	}

}
