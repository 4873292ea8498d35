package io.github.atlasspring.jpa;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.ProviderUtil;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.RunningDatabase;

/**
 * A {@link PersistenceProvider} that hands what the container builds an
 * {@code EntityManagerFactory} from to a consumer before the real provider builds it, and
 * once more with the database the built factory runs on.
 */
public final class CapturingPersistenceProvider implements PersistenceProvider {

	private final String unitName;

	private final Consumer<PersistenceUnitDefinition> consumer;

	private final PersistenceProvider delegate;

	/**
	 * Create a capturing provider.
	 * @param unitName the name the application knows the unit by
	 * @param consumer called with the unit before the delegate builds it, and again with
	 * the database the built factory runs on; an exception it throws ends the bootstrap
	 * @param delegate the provider that builds the {@code EntityManagerFactory}
	 */
	public CapturingPersistenceProvider(String unitName, Consumer<PersistenceUnitDefinition> consumer,
			PersistenceProvider delegate) {
		this.unitName = unitName;
		this.consumer = consumer;
		this.delegate = delegate;
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map map) {
		PersistenceUnitDefinition unit = new PersistenceUnitDefinition(this.unitName, info, (Map<String, Object>) map);
		this.consumer.accept(unit);
		EntityManagerFactory entityManagerFactory = this.delegate.createContainerEntityManagerFactory(info, map);
		this.consumer.accept(unit.runningOn(RunningDatabase.of(entityManagerFactory)));
		return entityManagerFactory;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public EntityManagerFactory createEntityManagerFactory(String emName, Map map) {
		return this.delegate.createEntityManagerFactory(emName, map);
	}

	@Override
	public EntityManagerFactory createEntityManagerFactory(PersistenceConfiguration configuration) {
		return this.delegate.createEntityManagerFactory(configuration);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void generateSchema(PersistenceUnitInfo info, Map map) {
		this.delegate.generateSchema(info, map);
	}

	@Override
	@SuppressWarnings("rawtypes")
	public boolean generateSchema(String persistenceUnitName, Map map) {
		return this.delegate.generateSchema(persistenceUnitName, map);
	}

	@Override
	public ProviderUtil getProviderUtil() {
		return this.delegate.getProviderUtil();
	}

}
