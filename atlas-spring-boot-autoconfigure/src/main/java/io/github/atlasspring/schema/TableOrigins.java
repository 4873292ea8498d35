package io.github.atlasspring.schema;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.SequenceGenerator;
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
		return origins.byTable.values().stream().sorted(Comparator.comparing(TableOrigin::resource)).toList();
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
	 * @param entity an entity, perhaps an audit table's
	 * @param settings the settings the metadata was built with
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

	/**
	 * A table no entity maps is an id generator's: a table generator's, or a sequence's
	 * on a database without sequences (SQLite, MySQL). Naming strategies may have added
	 * to its declared name, so names are compared by their letters and digits, the
	 * table's ending with the declared one; longer entity names are tried first.
	 * @param table the table no entity maps
	 * @param metadata the metadata that holds it
	 */
	private void addGeneratorTable(Table table, MetadataImplementor metadata) {
		if (this.byTable.containsKey(key(table))) {
			return;
		}
		String name = letters(table.getName());
		List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
		entities.removeIf((entity) -> entity.getClassName() == null);
		entities.sort(Comparator.comparing((PersistentClass entity) -> entity.getEntityName().length()).reversed());
		for (PersistentClass entity : entities) {
			for (Class<?> declaring = mappedClass(entity); declaring != null
					&& declaring != Object.class; declaring = declaring.getSuperclass()) {
				if (declaresGenerator(declaring, name)) {
					add(table, entity.getClassName(), null);
					return;
				}
				for (Field field : declaring.getDeclaredFields()) {
					if (declaresGenerator(field, name)) {
						add(table, entity.getClassName(), field.getName());
						return;
					}
				}
			}
		}
		for (PersistentClass entity : entities) {
			String simpleName = entity.getEntityName().substring(entity.getEntityName().lastIndexOf('.') + 1);
			if (name.endsWith(letters(simpleName + "_seq"))) {
				add(table, entity.getClassName(), null);
				return;
			}
		}
	}

	private static boolean declaresGenerator(AnnotatedElement element, String table) {
		TableGenerator tableGenerator = element.getAnnotation(TableGenerator.class);
		if (tableGenerator != null) {
			String declared = tableGenerator.table().isEmpty() ? DEFAULT_GENERATOR_TABLE : tableGenerator.table();
			return table.endsWith(letters(declared));
		}
		SequenceGenerator sequenceGenerator = element.getAnnotation(SequenceGenerator.class);
		return sequenceGenerator != null && !sequenceGenerator.sequenceName().isEmpty()
				&& table.endsWith(letters(sequenceGenerator.sequenceName()));
	}

	private static String letters(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
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
