package io.github.atlasspring.hostile;

import jakarta.annotation.PostConstruct;
import org.springframework.stereotype.Component;

/**
 * Writes to standard output when it is created.
 */
@Component
class HostileGreeter {

	@PostConstruct
	void greet() {
		System.out.println("HOSTILE-POSTCONSTRUCT says hello on standard output");
	}

}
