package io.github.atlasspring.hostile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * An application with every side effect switched on, to prove print mode starts none.
 */
@SpringBootApplication
@EnableScheduling
public class HostileApplication {

	public static void main(String[] args) {
		SpringApplication.run(HostileApplication.class, args);
	}

}
