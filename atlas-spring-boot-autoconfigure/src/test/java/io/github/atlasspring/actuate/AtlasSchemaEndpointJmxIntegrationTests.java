package io.github.atlasspring.actuate;

import java.util.List;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for the {@link AtlasSchemaEndpoint} exposed over JMX.
 */
@LibraryIntegrationTest
class AtlasSchemaEndpointJmxIntegrationTests {

	private static final String[] SCHEMAS_SIGNATURE = { String.class.getName(), String.class.getName() };

	private static final String[] SCHEMA_SIGNATURE = { String.class.getName(), String.class.getName(),
			String.class.getName() };

	@Autowired
	private MBeanServer mBeanServer;

	@Test
	void endpointShouldBeRegisteredAsMBean() throws Exception {
		assertThat(this.mBeanServer.isRegistered(objectName())).isTrue();
	}

	@Test
	void invokeSchemasShouldReturnTheStatementsOfEachPersistenceUnit() throws Exception {
		Object result = this.mBeanServer.invoke(objectName(), "schemas", new Object[] { null, null },
				SCHEMAS_SIGNATURE);
		Map<String, Object> unit = persistenceUnit(result, LibraryApplication.UNIT);
		assertThat(unit).containsEntry("dialect", "h2");
		assertThat((List<?>) unit.get("statements"))
			.anySatisfy((statement) -> assertThat(statement.toString()).startsWith("create table book ("));
	}

	@Test
	void invokeSchemaWithDialectAndVersionShouldReturnThatDatabase() throws Exception {
		Object result = this.mBeanServer.invoke(objectName(), "schema",
				new Object[] { LibraryApplication.UNIT, "postgres", "16" }, SCHEMA_SIGNATURE);
		Map<String, Object> unit = persistenceUnit(result, LibraryApplication.UNIT);
		assertThat(unit).containsEntry("dialect", "postgres").containsEntry("version", "16.0");
	}

	private static ObjectName objectName() throws Exception {
		return new ObjectName("org.springframework.boot:type=Endpoint,name=Atlasschema");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> persistenceUnit(Object result, String name) {
		assertThat(result).isInstanceOf(Map.class);
		Map<String, Object> units = (Map<String, Object>) ((Map<String, Object>) result).get("persistenceUnits");
		assertThat(units).containsOnlyKeys(name);
		return (Map<String, Object>) units.get(name);
	}

}
