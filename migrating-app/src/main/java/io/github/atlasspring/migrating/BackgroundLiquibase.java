package io.github.atlasspring.migrating;

import java.sql.Connection;
import java.sql.SQLException;

import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.task.TaskExecutor;

/**
 * A Liquibase bean that checks the database is there as the application starts, then
 * migrates it in the background so that start-up does not wait for the migration.
 */
class BackgroundLiquibase extends SpringLiquibase {

	private static final Log logger = LogFactory.getLog(BackgroundLiquibase.class);

	private final TaskExecutor executor;

	BackgroundLiquibase(TaskExecutor executor) {
		this.executor = executor;
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		try (Connection connection = getDataSource().getConnection()) {
			logger.info("Migrating " + connection.getMetaData().getURL() + " in the background");
		}
		catch (SQLException ex) {
			throw new DatabaseException(ex);
		}
		this.executor.execute(this::migrate);
	}

	private void migrate() {
		try {
			super.afterPropertiesSet();
		}
		catch (LiquibaseException ex) {
			logger.error("Liquibase could not migrate the database", ex);
		}
	}

}
