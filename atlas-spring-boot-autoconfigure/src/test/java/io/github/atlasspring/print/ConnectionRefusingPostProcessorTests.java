package io.github.atlasspring.print;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.AbstractDataSource;

import io.github.atlasspring.schema.RefusingDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ConnectionRefusingPostProcessor}.
 */
class ConnectionRefusingPostProcessorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withInitializer(
			(context) -> context.getBeanFactory().addBeanPostProcessor(new ConnectionRefusingPostProcessor()));

	@Test
	void dataSourceRefusesConnectionsNamingItsBean() {
		RefusingDataSource target = new RefusingDataSource("jdbc:postgresql://localhost:1/app");
		this.contextRunner.withBean("dataSource", DataSource.class, () -> target).run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThatExceptionOfType(RefusedConnectionException.class).isThrownBy(dataSource::getConnection)
				.withMessage("Print mode refused a connection from data source 'dataSource': "
						+ "it never connects to a database");
			assertThatExceptionOfType(RefusedConnectionException.class)
				.isThrownBy(() -> dataSource.getConnection("user", "secret"));
			assertThat(target.getConnectionAttempts()).isZero();
		});
	}

	@Test
	void dataSourceKeepsItsClassAndSettings() {
		this.contextRunner.withBean("dataSource", HikariDataSource.class, () -> {
			HikariDataSource hikari = new HikariDataSource();
			hikari.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/app");
			return hikari;
		}).run((context) -> {
			HikariDataSource dataSource = context.getBean(HikariDataSource.class);
			assertThat(dataSource.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:1/app");
			assertThatExceptionOfType(RefusedConnectionException.class).isThrownBy(dataSource::getConnection);
			assertThat(dataSource.isRunning()).as("pool started").isFalse();
		});
	}

	@Test
	void dataSourceUnwrapsOnlyToItself() {
		this.contextRunner.withBean("dataSource", DataSource.class, () -> new RefusingDataSource("jdbc:h2:mem:x"))
			.run((context) -> {
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(dataSource.unwrap(DataSource.class)).isSameAs(dataSource);
				assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
				assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
				assertThatExceptionOfType(RefusedConnectionException.class)
					.isThrownBy(() -> dataSource.unwrap(Connection.class));
			});
	}

	@Test
	void finalDataSourceClassGetsStandInOfItsInterfaces() {
		FinalDataSource target = new FinalDataSource();
		this.contextRunner.withBean("dataSource", DataSource.class, () -> target).run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(dataSource).isNotInstanceOf(FinalDataSource.class);
			assertThatExceptionOfType(RefusedConnectionException.class).isThrownBy(dataSource::getConnection);
			assertThat(target.attempts).hasValue(0);
		});
	}

	@Test
	void dataSourceInCircularReferenceIsGuardedEverywhere() {
		this.contextRunner.withAllowCircularReferences(true)
			.withBean("dataSource", CircularDataSource.class)
			.withBean("monitor", DataSourceMonitor.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DataSource dataSource = context.getBean(DataSource.class);
				assertThat(context.getBean(DataSourceMonitor.class).dataSource).isSameAs(dataSource);
				assertThatExceptionOfType(RefusedConnectionException.class).isThrownBy(dataSource::getConnection);
			});
	}

	@Test
	void connectionFactoryPublishesRefusal() {
		AtomicInteger creations = new AtomicInteger();
		this.contextRunner
			.withBean("connectionFactory", ConnectionFactory.class, () -> new CountingConnectionFactory(creations))
			.run((context) -> {
				Publisher<? extends io.r2dbc.spi.Connection> connection = context.getBean(ConnectionFactory.class)
					.create();
				AtomicReference<Throwable> error = new AtomicReference<>();
				connection.subscribe(new ErrorRecorder(error));
				assertThat(error.get()).isInstanceOf(R2dbcNonTransientResourceException.class)
					.hasCauseInstanceOf(RefusedConnectionException.class)
					.hasMessageContaining("connection factory 'connectionFactory'");
				assertThat(creations).hasValue(0);
			});
	}

	@Test
	void otherBeansAreLeftAlone() {
		this.contextRunner.withBean("name", String.class, () -> "app")
			.run((context) -> assertThat(context.getBean("name")).isEqualTo("app"));
	}

	static final class FinalDataSource extends AbstractDataSource {

		private final AtomicInteger attempts = new AtomicInteger();

		@Override
		public Connection getConnection() throws SQLException {
			this.attempts.incrementAndGet();
			throw new SQLException("refused by test");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

	}

	static class CircularDataSource extends RefusingDataSource {

		@Autowired
		DataSourceMonitor monitor;

		CircularDataSource() {
			super("jdbc:h2:mem:x");
		}

	}

	static class DataSourceMonitor {

		@Autowired
		DataSource dataSource;

	}

	record CountingConnectionFactory(AtomicInteger creations) implements ConnectionFactory {

		@Override
		public Publisher<? extends io.r2dbc.spi.Connection> create() {
			this.creations.incrementAndGet();
			throw new IllegalStateException("a real factory would connect");
		}

		@Override
		public ConnectionFactoryMetadata getMetadata() {
			return () -> "test";
		}

	}

	record ErrorRecorder(AtomicReference<Throwable> error) implements Subscriber<Object> {

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(1);
		}

		@Override
		public void onNext(Object item) {
		}

		@Override
		public void onError(Throwable throwable) {
			this.error.set(throwable);
		}

		@Override
		public void onComplete() {
		}

	}

}
