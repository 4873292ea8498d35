package io.github.atlasspring.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.atlasspring.schema.PersistenceUnitDefinition;
import io.github.atlasspring.schema.SchemaExportException;
import io.github.atlasspring.schema.SchemaExporter;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;
import io.github.atlasspring.schema.TestPersistenceUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link AtlasSchema}.
 */
class AtlasSchemaTests {

	private static final String ENTITIES = "io.github.atlasspring.schema.entities";

	private final Map<String, PersistenceUnitDefinition> units = new TreeMap<>();

	private final CountingExporter exporter = new CountingExporter();

	private final AtlasSchema schema = new AtlasSchema(() -> this.units, this.exporter);

	@Test
	void scriptOfOnlyUnitIsWrittenForApplicationDatabase() {
		givenUnit("entityManagerFactory");
		SchemaScript script = this.schema.script();
		assertThat(script.persistenceUnit()).isEqualTo("entityManagerFactory");
		assertThat(script.dialect().canonicalName()).isEqualTo("h2");
	}

	@Test
	void scriptEqualsWhatTheExporterWrites() {
		givenUnit("entityManagerFactory");
		PersistenceUnitDefinition unit = this.units.get("entityManagerFactory");
		SchemaExporter fresh = new SchemaExporter();
		assertThat(this.schema.script("postgres", "16").toSql())
			.isEqualTo(fresh.export(unit, fresh.target(unit, "postgres", "16")).toSql());
	}

	@Test
	void scriptWithSeveralUnitsAsksToChooseOne() {
		givenUnit("customers");
		givenUnit("orders");
		assertThatIllegalStateException().isThrownBy(this.schema::script)
			.withMessage("This application has several persistence units (customers, orders): "
					+ "choose one with persistenceUnit(name)");
		assertThat(this.schema.persistenceUnit("orders").script("postgres", null).persistenceUnit())
			.isEqualTo("orders");
	}

	@Test
	void scriptWithoutUnitsSaysSo() {
		assertThatIllegalStateException().isThrownBy(this.schema::script)
			.withMessage("No JPA EntityManagerFactory has been built");
	}

	@Test
	void unknownUnitNamesTheKnownOnes() {
		givenUnit("orders");
		assertThatIllegalArgumentException().isThrownBy(() -> this.schema.persistenceUnit("customers"))
			.withMessage("Unknown persistence unit 'customers': use one of orders");
	}

	@Test
	void versionsThatMeanTheSameDatabaseShareOneExport() {
		givenUnit("orders");
		SchemaScript first = this.schema.script("postgres", "16");
		assertThat(this.schema.script("postgresql", "16.0")).isSameAs(first);
		assertThat(this.schema.script("postgres", "16.0.0")).isSameAs(first);
		assertThat(this.schema.script("postgres", "16.1")).isNotSameAs(first);
		assertThat(this.exporter.exports).hasValue(2);
	}

	@Test
	void concurrentFirstRequestsExportOnce() throws Exception {
		givenUnit("orders");
		ExecutorService executor = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<SchemaScript>> scripts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				scripts.add(executor.submit(() -> {
					start.await();
					return this.schema.script("mysql", "8.4");
				}));
			}
			start.countDown();
			for (Future<SchemaScript> script : scripts) {
				assertThat(script.get(60, TimeUnit.SECONDS)).isSameAs(scripts.get(0).get());
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.exporter.exports).hasValue(1);
	}

	@Test
	void failedExportIsNotKept() {
		givenUnit("orders");
		this.exporter.failuresToCome.set(1);
		assertThatExceptionOfType(SchemaExportException.class).isThrownBy(() -> this.schema.script("postgres", "16"));
		assertThat(this.schema.script("postgres", "16").statements()).isNotEmpty();
		assertThat(this.exporter.exports).hasValue(2);
	}

	@Test
	void keepsAtMostItsCapacity() {
		givenUnit("orders");
		for (int minor = 0; minor < ScriptCache.CAPACITY + 8; minor++) {
			this.schema.script("h2", "2." + minor);
		}
		this.schema.script("h2", "2." + (ScriptCache.CAPACITY + 7));
		this.schema.script("h2", "2.0");
		assertThat(this.exporter.exports).as("the most recent is kept, the eldest was dropped")
			.hasValue(ScriptCache.CAPACITY + 9);
	}

	private void givenUnit(String name) {
		PersistenceUnitDefinition scanned = TestPersistenceUnits.scan(ENTITIES);
		this.units.put(name, new PersistenceUnitDefinition(name, scanned.info(), scanned.properties()));
	}

	static final class CountingExporter extends SchemaExporter {

		final AtomicInteger exports = new AtomicInteger();

		final AtomicInteger failuresToCome = new AtomicInteger();

		@Override
		public SchemaScript export(PersistenceUnitDefinition unit, SchemaTarget target) {
			this.exports.incrementAndGet();
			if (this.failuresToCome.getAndDecrement() > 0) {
				throw SchemaExportException.noEntities("failing on purpose");
			}
			return super.export(unit, target);
		}

	}

}
