package io.github.atlasspring.benchmarks.drift;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.github.atlasspring.schema.EntitySchema;
import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.test.AtlasAssertions;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Times one drift check ({@code assertThat(script).matchesDatabase(dataSource)}) of a
 * model on a real PostgreSQL, whose schema is made by running the model's own DDL, as a
 * faithful migration would: the figure is the median of the measured runs, in
 * milliseconds, on standard output.
 *
 * <pre class="code">
 * java -cp CLASSPATH DriftCheck CLASSES_DIR PACKAGE JDBC_URL USER RUNS
 * </pre>
 */
public final class DriftCheck {

	private DriftCheck() {
	}

	public static void main(String[] args) throws Exception {
		Path classes = Path.of(args[0]);
		String modelPackage = args[1];
		String serverUrl = args[2];
		String user = args[3];
		int runs = Integer.parseInt(args[4]);
		try (URLClassLoader model = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				DriftCheck.class.getClassLoader())) {
			SchemaScript script = EntitySchema.ofPackages(modelPackage).withClassLoader(model).script("postgres", null);
			String database = "atlas_drift_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
			execute(serverUrl, user, "create database " + database);
			try {
				System.out.println(median(time(script, withDatabase(serverUrl, database), user, runs)));
			}
			finally {
				execute(serverUrl, user, "drop database if exists " + database.toLowerCase(Locale.ROOT) + " with (force)");
			}
		}
	}

	private static List<Double> time(SchemaScript script, String url, String user, int runs) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			for (String ddl : script.statements()) {
				statement.execute(ddl);
			}
		}
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, "", true);
		try {
			AtlasAssertions.assertThat(script).matchesDatabase(dataSource);
			List<Double> millis = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				long start = System.nanoTime();
				AtlasAssertions.assertThat(script).matchesDatabase(dataSource);
				millis.add((System.nanoTime() - start) / 1_000_000.0);
			}
			return millis;
		}
		finally {
			dataSource.destroy();
		}
	}

	private static String median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return String.format(Locale.ROOT, "%.0f", median);
	}

	private static String withDatabase(String serverUrl, String database) {
		int slash = serverUrl.lastIndexOf('/');
		return serverUrl.substring(0, slash + 1) + database;
	}

	private static void execute(String url, String user, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
