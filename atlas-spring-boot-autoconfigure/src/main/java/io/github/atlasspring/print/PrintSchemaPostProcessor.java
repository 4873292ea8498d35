package io.github.atlasspring.print;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import io.github.atlasspring.jpa.CapturingPersistenceProvider;
import io.github.atlasspring.jpa.PersistenceUnitNames;
import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExportException.Option;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaTarget;

/**
 * Takes over the application's {@code EntityManagerFactory} beans in print mode: the
 * chosen persistence unit is exported as soon as Spring hands it to the JPA provider, and
 * no unit builds a {@code SessionFactory} or touches its data source.
 */
public final class PrintSchemaPostProcessor implements BeanPostProcessor, BeanFactoryAware, PriorityOrdered {

	private SchemaExporter exporter;

	private final @Nullable String dialect;

	private final @Nullable String version;

	private final @Nullable String persistenceUnit;

	private String selectedBeanName;

	/**
	 * Create a post-processor for print mode.
	 * @param exporter the exporter
	 * @param dialect the target dialect, or {@code null} for the application's own
	 * @param version the target database version, or {@code null}
	 * @param persistenceUnit the unit to print, or {@code null} if there is only one
	 */
	public PrintSchemaPostProcessor(SchemaExporter exporter, @Nullable String dialect, @Nullable String version,
			@Nullable String persistenceUnit) {
		this.exporter = exporter;
		this.dialect = dialect;
		this.version = version;
		this.persistenceUnit = persistenceUnit;
	}

	/**
	 * Check the options, take the application's own {@link SchemaExporter} bean if it has
	 * one, and choose the unit to print, then remove the depends-on edges print mode does
	 * not need (see {@link DependsOnPruner}). Spring calls this once every bean factory
	 * post-processor has run, before any {@code EntityManagerFactory} is created.
	 */
	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		if (this.dialect != null) {
			SchemaTarget.of(this.dialect, this.version);
		}
		this.exporter = beanFactory.getBeanProvider(SchemaExporter.class).getIfAvailable(() -> this.exporter);
		this.selectedBeanName = select(PersistenceUnitNames.defined((ListableBeanFactory) beanFactory));
		DependsOnPruner.prune((ConfigurableListableBeanFactory) beanFactory);
	}

	private String select(Map<String, String> units) {
		if (units.isEmpty()) {
			throw SchemaExportException.noEntities(
					"No JPA EntityManagerFactory is defined in this application: " + "there is no schema to print");
		}
		if (this.persistenceUnit != null) {
			String beanName = units.get(this.persistenceUnit.trim());
			if (beanName == null) {
				throw SchemaExportException.invalidOption(Option.PERSISTENCE_UNIT, "Unknown persistence unit '"
						+ this.persistenceUnit + "': set {option} to one of " + String.join(", ", units.keySet()));
			}
			return beanName;
		}
		if (units.size() > 1) {
			throw SchemaExportException.invalidOption(Option.PERSISTENCE_UNIT, "This application has several "
					+ "persistence units (" + String.join(", ", units.keySet()) + "): choose one with {option}");
		}
		return units.values().iterator().next();
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof LocalContainerEntityManagerFactoryBean factoryBean) {
			factoryBean.setBootstrapExecutor(null);
			factoryBean.setEntityManagerFactoryInterface(EntityManagerFactory.class);
			PersistenceProvider provider = beanName.equals(this.selectedBeanName)
					? new CapturingPersistenceProvider(PersistenceUnitNames.fromBeanName(beanName), this::print,
							UnbuiltPersistenceProvider.INSTANCE)
					: UnbuiltPersistenceProvider.INSTANCE;
			factoryBean.setPersistenceProvider(provider);
		}
		return bean;
	}

	private void print(PersistenceUnitDefinition unit) {
		SchemaTarget target = this.exporter.target(unit, this.dialect, this.version);
		throw new SchemaPrintedException(this.exporter.export(unit, target));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * Stands in for the units print mode does not export: they get an
	 * {@code EntityManagerFactory} that must not be used, so start-up goes on to the
	 * chosen unit without building theirs.
	 */
	private static final class UnbuiltPersistenceProvider extends HibernatePersistenceProvider {

		static final UnbuiltPersistenceProvider INSTANCE = new UnbuiltPersistenceProvider();

		@Override
		@SuppressWarnings("rawtypes")
		public EntityManagerFactory createContainerEntityManagerFactory(
				jakarta.persistence.spi.PersistenceUnitInfo info, Map properties) {
			return (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { EntityManagerFactory.class }, (proxy, method, args) -> switch (method.getName()) {
						case "equals" -> proxy == args[0];
						case "hashCode" -> System.identityHashCode(proxy);
						case "toString" -> "Unbuilt EntityManagerFactory '" + info.getPersistenceUnitName() + "'";
						case "isOpen" -> false;
						case "close" -> null;
						default -> throw new IllegalStateException("EntityManagerFactory '"
								+ info.getPersistenceUnitName() + "' is not built in print mode");
					});
		}

	}

}
