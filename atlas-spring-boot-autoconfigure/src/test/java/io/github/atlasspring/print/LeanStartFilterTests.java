package io.github.atlasspring.print;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

import io.github.atlasspring.schema.SchemaExportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LeanStartFilter}.
 */
class LeanStartFilterTests {

	private static final String WEB_MVC = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration";

	private static final String HIBERNATE_JPA = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration";

	@ParameterizedTest
	@ValueSource(strings = { WEB_MVC,
			"org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
			"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
			"org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
			"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
			"org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
			"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
			"org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration",
			"org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
			"org.springframework.boot.autoconfigure.jmx.JmxAutoConfiguration",
			"org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
			"org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
			"org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
			"org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration" })
	void leavesOutSpringBootsAutoConfigurationsThatCannotChangeTheModel(String className) {
		assertThat(LeanStartFilter.isLeftOut(className)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { HIBERNATE_JPA, "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
					"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
					"org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
					"org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
					"org.springframework.boot.actuate.autoconfigure.metrics.orm.jpa.HibernateMetricsAutoConfiguration",
					"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
					"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
					"org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
					"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
					"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
					"org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration",
					"org.springframework.boot.autoconfigure.cache.CacheAutoConfiguration",
					"io.github.atlasspring.autoconfigure.AtlasSchemaEndpointAutoConfiguration",
					"com.example.web.security.MyHibernateCustomizingAutoConfiguration" })
	void keepsDataAccessCachesAndAutoConfigurationsOfOthers(String className) {
		assertThat(LeanStartFilter.isLeftOut(className)).isFalse();
	}

	@Test
	void leavesOutNothingOutsidePrintMode() {
		assertThat(match(new MockEnvironment())).containsExactly(true, true, true);
	}

	@Test
	void leavesOutInPrintModeByDefault() {
		assertThat(match(new MockEnvironment().withProperty("atlas.print-schema", ""))).containsExactly(false, true,
				true);
	}

	@Test
	void leanStartFalseLeavesOutNothing() {
		assertThat(match(new MockEnvironment().withProperty("atlas.print-schema", "true")
			.withProperty("atlas.lean-start", "false"))).containsExactly(true, true, true);
	}

	@Test
	void invalidLeanStartIsAnInvalidOption() {
		assertThatExceptionOfType(SchemaExportException.class)
			.isThrownBy(() -> match(new MockEnvironment().withProperty("atlas.print-schema", "true")
				.withProperty("atlas.lean-start", "maybe")))
			.withMessage("Invalid value 'maybe' for atlas.lean-start: use true or false");
	}

	private static boolean[] match(MockEnvironment environment) {
		LeanStartFilter filter = new LeanStartFilter();
		filter.setEnvironment(environment);
		return filter.match(new String[] { WEB_MVC, HIBERNATE_JPA, null }, null);
	}

}
