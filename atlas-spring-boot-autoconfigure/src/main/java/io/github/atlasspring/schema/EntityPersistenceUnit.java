package io.github.atlasspring.schema;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.spi.PersistenceUnitInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.DefaultPersistenceUnitManager;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;

/**
 * Builds the persistence unit of named classes and packages as Spring Boot builds an
 * application's: packages are scanned with Spring's
 * {@link PersistenceManagedTypesScanner} and the unit is made by Spring's
 * {@link DefaultPersistenceUnitManager}, which reads {@code META-INF/orm.xml} when no
 * mapping file is named. No {@code persistence.xml} is read: the caller names every
 * entity.
 */
final class EntityPersistenceUnit {

	private static final List<Class<? extends Annotation>> MANAGED_TYPE_ANNOTATIONS = List.of(Entity.class,
			Embeddable.class, MappedSuperclass.class, Converter.class);

	private EntityPersistenceUnit() {
	}

	static PersistenceUnitInfo build(String name, List<Class<?>> classes, List<String> packages,
			@Nullable List<String> mappingFiles, ClassLoader classLoader) {
		classes.forEach(EntityPersistenceUnit::checkManagedType);
		ResourceLoader resourceLoader = new DefaultResourceLoader(classLoader);
		PersistenceManagedTypes scanned = new PersistenceManagedTypesScanner(resourceLoader)
			.scan(packages.toArray(String[]::new));
		Set<String> classNames = new LinkedHashSet<>(scanned.getManagedClassNames());
		classes.forEach((type) -> classNames.add(type.getName()));
		DefaultPersistenceUnitManager manager = new DefaultPersistenceUnitManager();
		manager.setPersistenceXmlLocations();
		manager.setDefaultPersistenceUnitName(name);
		manager.setResourceLoader(resourceLoader);
		manager.setManagedTypes(PersistenceManagedTypes.of(new ArrayList<>(classNames), scanned.getManagedPackages()));
		if (mappingFiles != null) {
			mappingFiles.forEach((file) -> checkMappingFile(file, classLoader));
			manager.setMappingResources(mappingFiles.toArray(String[]::new));
		}
		manager.afterPropertiesSet();
		return manager.obtainDefaultPersistenceUnitInfo();
	}

	private static void checkManagedType(Class<?> type) {
		if (MANAGED_TYPE_ANNOTATIONS.stream().noneMatch(type::isAnnotationPresent)) {
			throw SchemaExportException.invalidOption("Class " + type.getName() + " is not a JPA entity, embeddable, "
					+ "mapped superclass or converter: name only classes annotated @Entity, @Embeddable, "
					+ "@MappedSuperclass or @Converter");
		}
	}

	private static void checkMappingFile(String file, ClassLoader classLoader) {
		if (classLoader.getResource(file) == null) {
			throw SchemaExportException.invalidOption("Mapping file " + file + " is not on the class path: name it "
					+ "as a class path resource such as META-INF/orm.xml");
		}
	}

}
