package io.github.atlasspring.it;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the application a {@code PhysicalNamingStrategy} bean of its own, which Spring
 * Boot hands to Hibernate in place of its default.
 */
@Configuration(proxyBeanMethods = false)
class NamingStrategyConfiguration {

	@Bean
	PrefixingNamingStrategy prefixingNamingStrategy() {
		return new PrefixingNamingStrategy("shop_");
	}

	/**
	 * Spring Boot's default physical naming, with a prefix on every table and sequence.
	 */
	static class PrefixingNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

		private final String prefix;

		PrefixingNamingStrategy(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
			return prefixed(super.toPhysicalTableName(name, environment));
		}

		@Override
		public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
			return prefixed(super.toPhysicalSequenceName(name, environment));
		}

		private Identifier prefixed(Identifier name) {
			return Identifier.toIdentifier(this.prefix + name.getText(), name.isQuoted());
		}

	}

}
