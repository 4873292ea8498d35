package io.github.atlasspring.benchmarks;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;

/**
 * The floor of any Spring Boot start-up: a configuration that declares no beans, no
 * auto-configuration, no component scan and no web server. It starts the way every Boot
 * application starts (environment, logging, context refresh) and exits. Packaged as
 * {@code target/bare-app.jar}.
 */
@SpringBootConfiguration
public class BareApp {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BareApp.class);
		// Print mode switches the banner off too.
		application.setBannerMode(Banner.Mode.OFF);
		application.run(args).close();
	}

}
