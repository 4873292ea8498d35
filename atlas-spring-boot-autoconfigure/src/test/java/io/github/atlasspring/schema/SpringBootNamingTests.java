package io.github.atlasspring.schema;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link SpringBootNaming}.
 */
class SpringBootNamingTests {

	private static final String BOOT_4 = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

	private static final String BOOT_3 = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";

	@Test
	void springBoot4NamesSnakeCaseWithHibernatesStrategy() {
		assertThat(SpringBootNaming.properties(Set.of(BOOT_4)::contains)).containsExactly(
				entry("hibernate.implicit_naming_strategy", BOOT_4), entry("hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl"));
	}

	@Test
	void springBoot35NamesCamelCaseToUnderscores() {
		assertThat(SpringBootNaming.properties(Set.of(BOOT_3)::contains)).containsExactly(
				entry("hibernate.implicit_naming_strategy", BOOT_3), entry("hibernate.physical_naming_strategy",
						"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
	}

	@Test
	void springBoot4WinsWhenBothAreThere() {
		assertThat(SpringBootNaming.properties(Set.of(BOOT_3, BOOT_4)::contains))
			.containsEntry("hibernate.implicit_naming_strategy", BOOT_4);
	}

	@Test
	void neitherGivesNothing() {
		assertThat(SpringBootNaming.properties(Set.<String>of()::contains)).isNull();
	}

	@Test
	void classPathOfTheseTestsHasSpringBoot4() {
		assertThat(SpringBootNaming.properties(getClass().getClassLoader()))
			.containsEntry("hibernate.implicit_naming_strategy", BOOT_4);
	}

}
