package io.github.atlasspring.hostile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes a row every 100 milliseconds.
 */
@Component
class HostileScheduledJob {

	private final JdbcTemplate jdbcTemplate;

	HostileScheduledJob(JdbcTemplate jdbcTemplate) {
		this.jdbcTemplate = jdbcTemplate;
	}

	@Scheduled(fixedRate = 100)
	void write() {
		this.jdbcTemplate.update("insert into job_run (ran_at) values (current_timestamp)");
		System.out.println("HOSTILE-SCHEDULED wrote a row");
	}

}
