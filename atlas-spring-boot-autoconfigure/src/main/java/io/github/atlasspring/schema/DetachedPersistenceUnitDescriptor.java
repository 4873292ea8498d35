package io.github.atlasspring.schema;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.spi.PersistenceUnitInfo;
import org.hibernate.bytecode.enhance.spi.EnhancementContext;
import org.hibernate.jpa.boot.internal.PersistenceUnitInfoDescriptor;
import org.springframework.orm.jpa.persistenceunit.SmartPersistenceUnitInfo;

/**
 * A persistence unit as Spring's JPA provider presents it to Hibernate, cut off from the
 * application's data source and class transformers so that a second bootstrap can neither
 * connect nor enhance classes.
 * <p>
 * Mirrors Spring Framework's {@code SpringHibernateJpaPersistenceProvider} (6.2 and 7.0),
 * which counts managed packages as managed classes, and extends Hibernate's internal
 * {@code PersistenceUnitInfoDescriptor} as that provider does, for the
 * {@link HibernateBootstrap} only; the class is the same in Hibernate 6.6 to 7.4.
 */
final class DetachedPersistenceUnitDescriptor extends PersistenceUnitInfoDescriptor {

	private final List<String> managedClassNames;

	DetachedPersistenceUnitDescriptor(PersistenceUnitInfo info) {
		super(info);
		List<String> names = new ArrayList<>(info.getManagedClassNames());
		if (info instanceof SmartPersistenceUnitInfo smartInfo) {
			names.addAll(smartInfo.getManagedPackages());
		}
		this.managedClassNames = List.copyOf(names);
	}

	@Override
	public List<String> getManagedClassNames() {
		return this.managedClassNames;
	}

	@Override
	public Object getNonJtaDataSource() {
		return NoConnectionDataSource.INSTANCE;
	}

	@Override
	public Object getJtaDataSource() {
		return null;
	}

	@Override
	public void pushClassTransformer(EnhancementContext enhancementContext) {
	}

}
