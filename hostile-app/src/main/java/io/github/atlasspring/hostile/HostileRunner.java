package io.github.atlasspring.hostile;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes every order on start-up.
 */
@Component
class HostileRunner implements CommandLineRunner {

	private final JdbcTemplate ordersJdbcTemplate;

	HostileRunner(@Qualifier("ordersJdbcTemplate") JdbcTemplate ordersJdbcTemplate) {
		this.ordersJdbcTemplate = ordersJdbcTemplate;
	}

	@Override
	public void run(String... args) {
		int deleted = this.ordersJdbcTemplate.update("delete from purchase_order");
		System.out.println("HOSTILE-RUNNER deleted " + deleted + " orders");
	}

}
