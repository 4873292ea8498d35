package io.github.atlasspring.schema;

import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.github.atlasspring.autoconfigure.AtlasSchemaAutoConfiguration;
import io.github.atlasspring.jpa.AtlasSchema;
import io.github.atlasspring.schema.EntitySchema.Naming;
import io.github.atlasspring.schema.SchemaExportException.Option;
import io.github.atlasspring.schema.SchemaExportException.Reason;
import io.github.atlasspring.schema.catalog.Author;
import io.github.atlasspring.schema.catalog.Book;
import io.github.atlasspring.schema.entities.Customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EntitySchema}.
 */
class EntitySchemaTests {

	private static final String CATALOG = "io.github.atlasspring.schema.catalog";

	@Test
	void scriptEqualsThatOfSpringBootApplicationWithSameEntities() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					HibernateJpaAutoConfiguration.class, AtlasSchemaAutoConfiguration.class))
			.withUserConfiguration(CatalogApplication.class)
			.run((context) -> assertThat(EntitySchema.ofPackages(CATALOG).script("postgres", "16").toSql())
				.isEqualTo(context.getBean(AtlasSchema.class).script("postgres", "16").toSql()));
	}

	@Test
	void springBootNamingIsTheDefault() {
		assertThat(EntitySchema.ofPackages(CATALOG).script("postgres", "16").statements())
			.anyMatch((statement) -> statement.startsWith("create table book (published_on date,"))
			.anyMatch((statement) -> statement.startsWith("create table book_authors "));
	}

	@Test
	void hibernateNamingKeepsJpaNames() {
		assertThat(EntitySchema.ofPackages(CATALOG).withNaming(Naming.HIBERNATE).script("postgres", "16").statements())
			.anyMatch((statement) -> statement.startsWith("create table Book (publishedOn date,"))
			.anyMatch((statement) -> statement.startsWith("create table Book_Author "));
	}

	@Test
	void namingStrategyPropertyWinsOverNaming() {
		EntitySchema schema = EntitySchema.ofPackages(CATALOG)
			.withProperty("hibernate.physical_naming_strategy", PhysicalNamingStrategyStandardImpl.class.getName());
		assertThat(schema.script("postgres", "16").statements())
			.anyMatch((statement) -> statement.startsWith("create table Book (publishedOn date,"))
			.anyMatch((statement) -> statement.startsWith("create table Book_authors "));
	}

	@Test
	void classesGiveTheSameScriptAsTheirPackage() {
		assertThat(EntitySchema.of(Book.class, Author.class).script("mariadb", "10.11"))
			.isEqualTo(EntitySchema.ofPackages(CATALOG).script("mariadb", "10.11"));
	}

	@Test
	void classesAndPackagesAddUp() {
		SchemaScript script = EntitySchema.of(Customer.class).withPackages(CATALOG).script("postgres", "16");
		assertThat(script.statements()).anyMatch((statement) -> statement.startsWith("create table customer "))
			.anyMatch((statement) -> statement.startsWith("create table book "));
	}

	@Test
	void instancesAreImmutable() {
		EntitySchema authors = EntitySchema.of(Author.class);
		authors.withClasses(Book.class).withNaming(Naming.HIBERNATE);
		assertThat(authors.script("postgres", "16").statements()).noneMatch((statement) -> statement.contains("book"));
	}

	@Test
	void beanValidationConstraintsApply() {
		assertThat(EntitySchema.of(Author.class).script("postgres", "16").statements())
			.anyMatch((statement) -> statement.contains("full_name varchar(255) not null"));
	}

	@Test
	void tableGeneratorRowIsWarnedAbout() {
		assertThat(EntitySchema.of(Book.class, Author.class).script("postgres", "16").warnings())
			.anyMatch((warning) -> warning
				.endsWith("insert into hibernate_sequences(sequence_name, next_val) " + "values ('default',0);"));
	}

	@Test
	void versionChangesTheScript() {
		SchemaScript script = EntitySchema.of(Customer.class).script("mysql", "8.0.15");
		assertThat(script.version()).isEqualTo("8.0.15");
		assertThat(script.statements()).anyMatch((statement) -> statement.contains(", check ((points>=0)))"));
	}

	@Test
	void scriptWithoutVersionIsForOldestSupportedVersion() {
		assertThat(EntitySchema.of(Customer.class).script("postgres", null).version()).isEqualTo("13.0");
	}

	@Test
	void scriptWithoutDialectUsesDialectOfProperties() {
		EntitySchema schema = EntitySchema.of(Customer.class)
			.withProperty("jakarta.persistence.jdbc.url", "jdbc:mariadb://db/app");
		assertThat(schema.script(null, "11.4").dialect()).isEqualTo(SchemaDialect.MARIADB);
	}

	@Test
	void mappingFilesMapEntities() {
		SchemaScript script = EntitySchema.of(Author.class)
			.withMappingFiles("META-INF/shelf-orm.xml")
			.script("h2", null);
		assertThat(script.statements()).anyMatch((statement) -> statement
			.startsWith("create table shelf (id bigint not null, label varchar(40) " + "not null"));
	}

	@Test
	void mappingFilesAloneAreEnough() {
		assertThat(EntitySchema.of().withMappingFiles("META-INF/shelf-orm.xml").script("h2", null).statements())
			.anyMatch((statement) -> statement.startsWith("create table shelf "));
	}

	@Test
	void scriptNamesTheDefaultPersistenceUnit() {
		assertThat(EntitySchema.of(Author.class).script("postgres", null).persistenceUnit()).isEqualTo("default");
	}

	@Test
	void unknownDialectIsAnInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of(Author.class).script("nosuch", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.satisfies((ex) -> assertThat(ex.getOption()).isEqualTo(Option.DIALECT));
	}

	@Test
	void invalidVersionIsAnInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of(Author.class).script("postgres", "latest"))
			.satisfies((ex) -> assertThat(ex.getOption()).isEqualTo(Option.DIALECT_VERSION));
	}

	@Test
	void packageWithoutEntitiesFailsNamingIt() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.ofPackages(TestPersistenceUnits.NO_ENTITIES).script("postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NO_ENTITIES))
			.withMessage("No JPA entity found (searched packages io.github.atlasspring.schema.none): "
					+ "name the packages that hold the @Entity classes, or the classes themselves");
	}

	@Test
	void nothingNamedFindsNoEntity() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of().withMappingFiles().script("postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.NO_ENTITIES))
			.withMessageStartingWith("No JPA entity found (nothing was named)");
	}

	@Test
	void classThatIsNotManagedIsAnInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of(Author.class, String.class).script("postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageStartingWith(
					"Class java.lang.String is not a JPA entity, embeddable, mapped superclass " + "or converter");
	}

	@Test
	void missingMappingFileIsAnInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of(Author.class).withMappingFiles("META-INF/none.xml").script("h2", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageStartingWith("Mapping file META-INF/none.xml is not on the class path");
	}

	@Test
	void mappingErrorIsOneLine() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.ofPackages(TestPersistenceUnits.BROKEN).script("postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MAPPING_ERROR))
			.withMessageStartingWith("Hibernate cannot map persistence unit 'default': ")
			.matches((ex) -> !ex.getMessage().contains("\n"));
	}

	@Test
	void springBootNamingWithoutSpringBootOnClassPathIsAnInvalidOption() {
		FilteredClassLoader withoutBoot = new FilteredClassLoader("org.springframework.boot.");
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> EntitySchema.of(Author.class).withClassLoader(withoutBoot).script("postgres", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.INVALID_OPTION))
			.withMessageStartingWith("Spring Boot's naming strategy is not on the class path");
	}

	@Test
	void hibernateNamingNeedsNoSpringBoot() {
		FilteredClassLoader withoutBoot = new FilteredClassLoader("org.springframework.boot.");
		assertThat(EntitySchema.of(Author.class)
			.withClassLoader(withoutBoot)
			.withNaming(Naming.HIBERNATE)
			.script("postgres", null)
			.statements()).anyMatch((statement) -> statement.startsWith("create table Author "));
	}

	@Test
	void namingBothStrategiesNeedsNoSpringBoot() {
		FilteredClassLoader withoutBoot = new FilteredClassLoader("org.springframework.boot.");
		EntitySchema schema = EntitySchema.of(Author.class)
			.withClassLoader(withoutBoot)
			.withProperty("hibernate.implicit_naming_strategy", "jpa")
			.withProperty("hibernate.physical_naming_strategy", PhysicalNamingStrategyStandardImpl.class.getName());
		assertThat(schema.script("postgres", null).statements())
			.anyMatch((statement) -> statement.startsWith("create table Author "));
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Book.class)
	static class CatalogApplication {

	}

}
