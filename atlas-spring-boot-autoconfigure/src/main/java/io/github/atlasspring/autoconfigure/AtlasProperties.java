package io.github.atlasspring.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for printing the application's schema for Atlas.
 */
@ConfigurationProperties("atlas")
public class AtlasProperties {

	/**
	 * Whether to print the DDL of the application's JPA model on standard output and exit
	 * instead of starting the application.
	 */
	private boolean printSchema;

	/**
	 * Database to write the DDL for: postgres, postgresql, mysql, mariadb, sqlite, mssql,
	 * sqlserver, h2 or oracle. Defaults to the database the application is configured
	 * for.
	 */
	private @Nullable String dialect;

	/**
	 * Version of the database to write the DDL for, such as 16, 8.4 or 10.11. Defaults to
	 * the configured version, else the oldest version Hibernate supports.
	 */
	private @Nullable String dialectVersion;

	/**
	 * Persistence unit to print when the application has several EntityManagerFactory
	 * beans, named after the bean: 'orders' for 'ordersEntityManagerFactory'.
	 */
	private @Nullable String persistenceUnit;

	/**
	 * Whether print mode writes Atlas's position directives (-- atlas:pos), which point
	 * each table at the line of the entity that declares it.
	 */
	private boolean sourcePositions = true;

	/**
	 * Where the entities' sources are, for the position directives. Print mode defaults
	 * to src/main/java and src/main/kotlin in its working directory; a running
	 * application has none unless this is set.
	 */
	private @Nullable List<String> sourceRoots;

	/**
	 * What print mode prints: 'sql' for the DDL, 'mermaid' for a Mermaid erDiagram of the
	 * tables, 'json' for the document /actuator/atlasschema answers.
	 */
	private String format = "sql";

	/**
	 * Whether print mode leaves out the auto-configurations that cannot change the JPA
	 * model, such as web servers, security, actuator endpoints and metrics, for a faster
	 * start. The DDL is the same either way.
	 */
	private boolean leanStart = true;

	public boolean isPrintSchema() {
		return this.printSchema;
	}

	public void setPrintSchema(boolean printSchema) {
		this.printSchema = printSchema;
	}

	public @Nullable String getDialect() {
		return this.dialect;
	}

	public void setDialect(@Nullable String dialect) {
		this.dialect = dialect;
	}

	public @Nullable String getDialectVersion() {
		return this.dialectVersion;
	}

	public void setDialectVersion(@Nullable String dialectVersion) {
		this.dialectVersion = dialectVersion;
	}

	public @Nullable String getPersistenceUnit() {
		return this.persistenceUnit;
	}

	public void setPersistenceUnit(@Nullable String persistenceUnit) {
		this.persistenceUnit = persistenceUnit;
	}

	public boolean isSourcePositions() {
		return this.sourcePositions;
	}

	public void setSourcePositions(boolean sourcePositions) {
		this.sourcePositions = sourcePositions;
	}

	public @Nullable List<String> getSourceRoots() {
		return this.sourceRoots;
	}

	public void setSourceRoots(@Nullable List<String> sourceRoots) {
		this.sourceRoots = sourceRoots;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public boolean isLeanStart() {
		return this.leanStart;
	}

	public void setLeanStart(boolean leanStart) {
		this.leanStart = leanStart;
	}

}
