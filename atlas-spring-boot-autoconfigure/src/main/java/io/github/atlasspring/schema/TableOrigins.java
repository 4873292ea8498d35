package io.github.atlasspring.schema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.TableGenerator;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.jspecify.annotations.Nullable;

/**
 * Finds the entity class, and member, each table of a model comes from: an entity's own
 * table and its secondary tables at the class, a collection or join table at the member
 * that declares it, an Envers audit table at the audited entity, and a table generator's
 * table at the member or class that declares the generator.
 */
final class TableOrigins {

	private static final String ENVERS_PREFIX = "org.hibernate.envers.audit_table_prefix";

	private static final String ENVERS_SUFFIX = "org.hibernate.envers.audit_table_suffix";

	private static final String DEFAULT_GENERATOR_TABLE = "hibernate_sequences";

	private final Map<String, TableOrigin> byTable = new LinkedHashMap<>();

	private TableOrigins() {
	}

	static List<TableOrigin> of(MetadataImplementor metadata, Map<String, Object> settings) {
		TableOrigins origins = new TableOrigins();
		metadata.getEntityBindings().forEach(origins::addEntity);
		metadata.getCollectionBindings().forEach(origins::addCollection);
		metadata.getEntityBindings().forEach((entity) -> origins.addAudit(entity, settings));
		for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
			namespace.getTables().forEach((table) -> origins.addGeneratorTable(table, metadata));
		}
		return origins.byTable.values()
			.stream()
			.sorted(Comparator.comparing(TableOrigin::resource))
			.toList();
	}

	private void addEntity(PersistentClass entity) {
		if (entity.getClassName() != null) {
			add(entity.getTable(), entity.getClassName(), null);
			for (Join join : entity.getJoins()) {
				add(join.getTable(), entity.getClassName(), null);
			}
		}
	}

	private void addCollection(Collection collection) {
		PersistentClass owner = collection.getOwner();
		if (owner != null && owner.getClassName() != null) {
			String role = collection.getRole();
			String member = role.substring(role.lastIndexOf('.') + 1);
			add(collection.getCollectionTable(), owner.getClassName(), member);
		}
	}

	/**
	 * Envers maps an audit table as a dynamic entity named after the audited entity, or
	 * after the collection table, with the configured prefix and suffix.
	 */
	private void addAudit(PersistentClass entity, Map<String, Object> settings) {
		String prefix = String.valueOf(settings.getOrDefault(ENVERS_PREFIX, ""));
		String suffix = String.valueOf(settings.getOrDefault(ENVERS_SUFFIX, "_AUD"));
		String name = entity.getEntityName();
		if (entity.getClassName() != null || !name.startsWith(prefix) || !name.endsWith(suffix)) {
			return;
		}
		String audited = name.substring(prefix.length(), name.length() - suffix.length());
		TableOrigin origin = this.byTable.values()
			.stream()
			.filter((candidate) -> candidate.className().equals(audited)
					|| (candidate.member() != null && candidate.table().equalsIgnoreCase(audited)))
			.findFirst()
			.orElse(null);
		if (origin != null) {
			add(entity.getTable(), origin.className(), origin.member());
		}
	}

	private void addGeneratorTable(Table table, MetadataImplementor metadata) {
		if (this.byTable.containsKey(key(table))) {
			return;
		}
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Class<?> type = mappedClass(entity);
			for (Class<?> declaring = type; declaring != null && declaring != Object.class;
					declaring = declaring.getSuperclass()) {
				if (declaresGenerator(declaring, table.getName())) {
					add(table, entity.getClassName(), null);
					return;
				}
				for (Field field : declaring.getDeclaredFields()) {
					if (declaresGenerator(field, table.getName())) {
						add(table, entity.getClassName(), field.getName());
						return;
					}
				}
			}
		}
	}

	private static boolean declaresGenerator(AnnotatedElement element, String table) {
		TableGenerator generator = element.getAnnotation(TableGenerator.class);
		if (generator == null) {
			return false;
		}
		String declared = generator.table().isEmpty() ? DEFAULT_GENERATOR_TABLE : generator.table();
		return declared.equalsIgnoreCase(table);
	}

	private static @Nullable Class<?> mappedClass(PersistentClass entity) {
		try {
			return (entity.getClassName() != null) ? entity.getMappedClass() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private void add(@Nullable Table table, String className, @Nullable String member) {
		if (table != null && table.isPhysicalTable() && !table.isView()) {
			String schema = (table.getSchema() != null) ? table.getSchema() : table.getCatalog();
			this.byTable.putIfAbsent(key(table), new TableOrigin(schema, table.getName(), className, member));
		}
	}

	private static String key(Table table) {
		return table.getQualifiedTableName().render().toLowerCase(Locale.ROOT);
	}

}
