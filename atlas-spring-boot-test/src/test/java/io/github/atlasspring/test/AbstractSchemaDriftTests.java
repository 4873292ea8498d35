package io.github.atlasspring.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.atlasspring.schema.SchemaScript;

import static io.github.atlasspring.test.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The drift check on one kind of database: a faithful migration passes, and each kind of
 * drift, introduced into that migration, fails the check with exactly the line that names
 * it. The DDL is the real exporter's for the {@code blog} test model.
 */
abstract class AbstractSchemaDriftTests {

	private final TestDatabase.Server server;

	private TestDatabase database;

	AbstractSchemaDriftTests(TestDatabase.Server server) {
		this.server = server;
	}

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.create(this.server);
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (this.database != null) {
			this.database.close();
		}
	}

	/**
	 * Return the name the catalog gives {@code varchar}.
	 */
	abstract String varchar();

	/**
	 * Return the name of the decimal type, alike in the migration and the catalog.
	 */
	abstract String decimal();

	boolean hasSequences() {
		return true;
	}

	@Test
	void faithfulMigrationMatchesAndScratchNamespaceIsDroppedAndConnectionRestored() throws SQLException {
		migrate(faithful());
		assertScratchCleanedUp((connection) -> assertThat(script()).matchesDatabase(connection));
	}

	@Test
	void missingTableIsReported() throws SQLException {
		assertDrift(faithful().without("create table blog_tag"),
				"table blog_tag: entities expect it, migrations do not create it");
	}

	@Test
	void unmappedTableIsReportedUnlessIgnored() throws SQLException {
		assertDrift(faithful().with("create table legacy (id bigint not null, constraint pk_legacy primary key (id))"),
				"table legacy: migrations create it, entities do not map it");
		assertThat(script()).ignoringTables("LEGACY").matchesDatabase(dataSource());
	}

	@Test
	void missingColumnIsReported() throws SQLException {
		assertDrift(faithful().replace("\tkeywords varchar(500) not null,\n", ""),
				"column blog.keywords: entities expect " + varchar() + "(500) not null, migrations do not create it");
	}

	@Test
	void unmappedColumnIsReported() throws SQLException {
		assertDrift(faithful().replace("name varchar(40) not null,", "name varchar(40) not null,\n\tcolor varchar(7),"),
				"column tag.color: migrations create " + varchar() + "(7) null, entities do not map it");
	}

	@Test
	void columnTypeIsReported() throws SQLException {
		assertDrift(faithful().replace("published_on date", "published_on varchar(10)"),
				"column blog.published_on: migrations give " + varchar() + "(10) null, entities expect date null");
	}

	@Test
	void columnLengthIsReported() throws SQLException {
		assertDrift(faithful().replace("keywords varchar(500)", "keywords varchar(255)"),
				"column blog.keywords: migrations give " + varchar() + "(255) not null, entities expect " + varchar()
						+ "(500) not null");
	}

	@Test
	void columnPrecisionIsReported() throws SQLException {
		assertDrift(faithful().replace("price " + decimal() + "(10,2)", "price " + decimal() + "(12,2)"),
				"column blog.price: migrations give " + decimal() + "(12,2) null, entities expect " + decimal()
						+ "(10,2) null");
	}

	@Test
	void columnScaleIsReported() throws SQLException {
		assertDrift(faithful().replace("price " + decimal() + "(10,2)", "price " + decimal() + "(10,3)"),
				"column blog.price: migrations give " + decimal() + "(10,3) null, entities expect " + decimal()
						+ "(10,2) null");
	}

	@Test
	void columnNullabilityIsReported() throws SQLException {
		assertDrift(faithful().replace("title varchar(200) not null", "title varchar(200)"),
				"column blog.title: migrations give " + varchar() + "(200) null, entities expect " + varchar()
						+ "(200) not null");
	}

	@Test
	void missingPrimaryKeyIsReported() throws SQLException {
		assertDrift(faithful().replace(",\n\tconstraint pk_blog_tag primary key (blog_id, tag_id)", ""),
				"primary key blog_tag: entities expect (blog_id, tag_id), migrations do not create it");
	}

	@Test
	void primaryKeyColumnsAreReported() throws SQLException {
		assertDrift(faithful().replace("primary key (blog_id, tag_id)", "primary key (tag_id, blog_id)"),
				"primary key blog_tag: migrations give (tag_id, blog_id), entities expect (blog_id, tag_id)");
	}

	@Test
	void missingForeignKeyIsReported() throws SQLException {
		assertDrift(
				faithful().replace(",\n\tconstraint fk_blog_author foreign key (author_id)"
						+ " references author (id) on delete cascade", ""),
				"foreign key blog(author_id): entities expect a reference to author(id) on delete cascade,"
						+ " migrations do not create it");
	}

	@Test
	void foreignKeyTargetIsReported() throws SQLException {
		assertDrift(faithful().replace("references author (id)", "references tag (id)"),
				"foreign key blog(author_id): migrations give a reference to tag(id) on delete cascade,"
						+ " entities expect a reference to author(id) on delete cascade");
	}

	@Test
	void foreignKeyRuleIsReported() throws SQLException {
		assertDrift(faithful().replace("references author (id) on delete cascade", "references author (id)"),
				"foreign key blog(author_id): migrations give a reference to author(id),"
						+ " entities expect a reference to author(id) on delete cascade");
	}

	@Test
	void missingUniqueConstraintIsReported() throws SQLException {
		assertDrift(faithful().replace(",\n\tconstraint uk_blog_slug unique (slug)", ""),
				"index blog(slug): entities expect a unique index, migrations do not create it");
	}

	@Test
	void unmappedUniqueConstraintIsReported() throws SQLException {
		assertDrift(faithful().replace("unique (slug)", "unique (slug),\n\tconstraint uk_blog_title unique (title)"),
				"index blog(title): migrations create a unique index, entities do not map it");
	}

	@Test
	void missingIndexIsReported() throws SQLException {
		assertDrift(faithful().without("create index idx_blog_published_on"),
				"index blog(published_on): entities expect an index, migrations do not create it");
	}

	@Test
	void indexUniquenessIsReported() throws SQLException {
		assertDrift(faithful().replace("create index", "create unique index"),
				"index blog(published_on): migrations give a unique index, entities expect an index");
	}

	@Test
	void missingSequenceIsReported() throws SQLException {
		assumeTrue(hasSequences(), "Hibernate keeps this database's sequences in tables");
		assertDrift(faithful().without("create sequence author_seq"),
				"sequence author_seq: entities expect increment by 50, migrations do not create it");
	}

	@Test
	void sequenceIncrementIsReported() throws SQLException {
		assumeTrue(hasSequences(), "Hibernate keeps this database's sequences in tables");
		assertDrift(faithful().replace("author_seq start with 1 increment by 50", "author_seq start with 1"),
				"sequence author_seq: migrations give increment by 1, entities expect increment by 50");
	}

	@Test
	void unmappedSequenceIsReportedUnlessIgnored() throws SQLException {
		assumeTrue(hasSequences(), "Hibernate keeps this database's sequences in tables");
		assertDrift(faithful().with("create sequence legacy_seq"),
				"sequence legacy_seq: migrations create increment by 1, entities do not map it");
		assertThat(script()).ignoringSequences("legacy_seq").matchesDatabase(dataSource());
	}

	@Test
	void scratchNamespaceIsDroppedAndConnectionRestoredWhenTheDdlFails() throws SQLException {
		migrate(faithful());
		List<String> statements = new ArrayList<>(script().statements());
		statements.add("create table broken (id bigint references missing (id));");
		SchemaScript broken = new SchemaScript("blog", script().dialect(), script().version(), statements);
		assertScratchCleanedUp((connection) -> assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(broken).matchesDatabase(connection))
			.withMessageStartingWith("Statement %d of %d of the printed DDL fails", statements.size(),
					statements.size())
			.withMessageEndingWith(": create table broken (id bigint references missing (id));"));
	}

	private void assertScratchCleanedUp(CheckOnConnection check) throws SQLException {
		Set<String> before = this.database.namespacesStartingWith(ScratchNamespace.PREFIX);
		try (Connection connection = dataSource().getConnection()) {
			String schema = connection.getSchema();
			String catalog = connection.getCatalog();
			check.run(new SingleConnectionDataSource(connection, true));
			assertThat(connection.getSchema()).isEqualTo(schema);
			assertThat(connection.getCatalog()).isEqualTo(catalog);
		}
		assertThat(this.database.namespacesStartingWith(ScratchNamespace.PREFIX)).isEqualTo(before);
	}

	private void assertDrift(Migration migration, String line) throws SQLException {
		migrate(migration);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(script()).matchesDatabase(dataSource()))
			.withMessage("The schema the migrations made differs from the schema the entities expect in 1 way:\n%s",
					line);
	}

	private Migration faithful() {
		return Migration.faithful(this.server.dialect());
	}

	private void migrate(Migration migration) throws SQLException {
		migration.applyTo(dataSource());
	}

	private DataSource dataSource() {
		return this.database.dataSource();
	}

	private SchemaScript script() {
		return BlogSchema.printedFor(this.server.dialect(), this.database.version());
	}

	@FunctionalInterface
	private interface CheckOnConnection {

		void run(DataSource dataSource) throws SQLException;

	}

}
