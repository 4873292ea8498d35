package io.github.atlasspring.jpa;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.util.StringUtils;

/**
 * Names persistence units after their {@code EntityManagerFactory} beans, as Spring
 * Boot's Hibernate metrics do: {@code ordersEntityManagerFactory} is {@code orders}, and
 * a bean named just {@code entityManagerFactory} keeps its name.
 */
public final class PersistenceUnitNames {

	private static final String SUFFIX = "entityManagerFactory";

	private PersistenceUnitNames() {
	}

	/**
	 * Return the name of the unit built by the given bean.
	 * @param beanName the name of the {@code EntityManagerFactory} bean
	 * @return the unit name
	 */
	public static String fromBeanName(String beanName) {
		String name = BeanFactoryUtils.transformedBeanName(beanName);
		if (name.length() > SUFFIX.length() && StringUtils.endsWithIgnoreCase(name, SUFFIX)) {
			return name.substring(0, name.length() - SUFFIX.length());
		}
		return name;
	}

	/**
	 * Return the units the bean factory defines, without creating any bean.
	 * @param beanFactory the bean factory
	 * @return bean names by unit name, sorted by unit name
	 */
	public static Map<String, String> defined(ListableBeanFactory beanFactory) {
		Map<String, String> units = new TreeMap<>();
		Arrays.stream(beanFactory.getBeanNamesForType(LocalContainerEntityManagerFactoryBean.class, true, false))
			.map(BeanFactoryUtils::transformedBeanName)
			.forEach((beanName) -> units.put(fromBeanName(beanName), beanName));
		return units;
	}

}
