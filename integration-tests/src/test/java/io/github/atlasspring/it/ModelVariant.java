package io.github.atlasspring.it;

import java.util.ArrayList;
import java.util.List;

import io.github.atlasspring.it.model.audit.Article;
import io.github.atlasspring.it.model.shop.Customer;

/**
 * The test models, each booted as an application of its own.
 */
enum ModelVariant {

	/**
	 * The shop, plus the part that maps a second namespace where the database has one.
	 */
	SHOP("shop", Customer.class) {

		@Override
		List<String> namespaces(TestDatabase database) {
			return database.namespacing().namespaces();
		}

		@Override
		List<String> entityPackages(TestDatabase database) {
			List<String> packages = new ArrayList<>(super.entityPackages(database));
			packages.addAll(database.namespacing().entityPackages());
			return packages;
		}

	},

	/**
	 * The shop, named by an application's own {@code PhysicalNamingStrategy} bean.
	 */
	NAMING_STRATEGY("shop with a physical naming strategy", Customer.class, NamingStrategyConfiguration.class),

	/**
	 * A small model audited by Hibernate Envers.
	 */
	AUDITED("audited with Envers", Article.class);

	private final String description;

	private final String entityPackage;

	private final Class<?>[] configurations;

	ModelVariant(String description, Class<?> entityInPackage, Class<?>... configurations) {
		this.description = description;
		this.entityPackage = entityInPackage.getPackageName();
		this.configurations = configurations;
	}

	/**
	 * Return the namespaces besides the default one that the model uses on a database.
	 * @param database the database
	 * @return the schema or catalog names
	 */
	List<String> namespaces(TestDatabase database) {
		return List.of();
	}

	/**
	 * Return the packages to scan for entities on a database.
	 * @param database the database
	 * @return the package names
	 */
	List<String> entityPackages(TestDatabase database) {
		return List.of(this.entityPackage);
	}

	/**
	 * Return the configuration classes of the model's application.
	 * @return the classes
	 */
	Class<?>[] sources() {
		Class<?>[] sources = new Class<?>[this.configurations.length + 1];
		sources[0] = SchemaTestApplication.class;
		System.arraycopy(this.configurations, 0, sources, 1, this.configurations.length);
		return sources;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
