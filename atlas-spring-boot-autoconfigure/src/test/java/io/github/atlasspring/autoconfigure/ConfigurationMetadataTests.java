package io.github.atlasspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the metadata the annotation processors write at build time, which IDEs read
 * to complete {@code atlas.*} and Spring Boot reads to skip auto-configurations early.
 */
class ConfigurationMetadataTests {

	@Test
	void everyAtlasPropertyIsDescribedWithItsDefault() throws IOException {
		Map<String, Map<String, Object>> properties = properties();
		List<String> names = Arrays.stream(AtlasProperties.class.getDeclaredFields())
			.filter((field) -> !Modifier.isStatic(field.getModifiers()))
			.map(Field::getName)
			.map((name) -> "atlas." + name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
			.toList();
		assertThat(names).hasSize(8);
		assertThat(properties).containsKeys(names.toArray(String[]::new));
		names.forEach((name) -> assertThat(properties.get(name).get("description")).as(name)
			.asString()
			.isNotBlank()
			.endsWith("."));
		assertThat(properties.get("atlas.print-schema")).containsEntry("defaultValue", false);
		assertThat(properties.get("atlas.source-positions")).containsEntry("defaultValue", true);
		assertThat(properties.get("atlas.format")).containsEntry("defaultValue", "sql");
		assertThat(properties.get("atlas.lean-start")).containsEntry("defaultValue", true);
	}

	@Test
	void autoConfigurationConditionsAreWrittenAtBuildTime() throws IOException {
		Properties metadata = new Properties();
		try (InputStream input = new ClassPathResource("META-INF/spring-autoconfigure-metadata.properties")
			.getInputStream()) {
			metadata.load(input);
		}
		assertThat(metadata.getProperty(AtlasSchemaAutoConfiguration.class.getName() + ".ConditionalOnClass"))
			.contains("org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> properties() throws IOException {
		String json;
		try (InputStream input = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getInputStream()) {
			json = StreamUtils.copyToString(input, StandardCharsets.UTF_8);
		}
		List<Object> properties = (List<Object>) JsonParserFactory.getJsonParser().parseMap(json).get("properties");
		return properties.stream()
			.map((property) -> (Map<String, Object>) property)
			.collect(Collectors.toMap((property) -> (String) property.get("name"), (property) -> property));
	}

}
