package io.github.atlasspring.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load client for a server on this machine: N threads each send one GET
 * after the other for D seconds, after a warm-up whose requests are not counted.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.atlasspring.benchmarks.LoadClient load URL THREADS SECONDS WARMUP_SECONDS
 * java -cp target/benchmarks.jar io.github.atlasspring.benchmarks.LoadClient wait URL TIMEOUT_SECONDS
 * java -cp target/benchmarks.jar io.github.atlasspring.benchmarks.LoadClient once URL...
 * </pre>
 *
 * {@code load} prints one line: {@code REQUESTS_PER_SECOND P50_MS P99_MS REQUESTS ERRORS}
 * (only 200 answers count as requests, anything else as an error). {@code wait} polls until
 * the URL answers 200. {@code once} sends one GET to each URL in turn, on one connection,
 * and prints one line with each one's latency in milliseconds, or fails unless all answer
 * 200: a first URL such as the health endpoint keeps the client's own warm-up out of the
 * later figures. Only 127.0.0.1 and localhost are accepted, and every run is bounded in time.
 */
public final class LoadClient {

	private static final int MAX_THREADS = 64;

	private static final int MAX_SECONDS = 600;

	private LoadClient() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("wait")) {
			waitFor(local(args[1]), bounded(Integer.parseInt(args[2]), MAX_SECONDS));
		}
		else if (args.length == 5 && args[0].equals("load")) {
			load(local(args[1]), bounded(Integer.parseInt(args[2]), MAX_THREADS),
					bounded(Integer.parseInt(args[3]), MAX_SECONDS), Math.min(Integer.parseInt(args[4]), MAX_SECONDS));
		}
		else if (args.length >= 2 && args[0].equals("once")) {
			once(Arrays.copyOfRange(args, 1, args.length));
		}
		else {
			System.err.println("usage: LoadClient load URL THREADS SECONDS WARMUP_SECONDS | LoadClient wait URL TIMEOUT_SECONDS"
					+ " | LoadClient once URL...");
			System.exit(2);
		}
	}

	private static void waitFor(URI uri, int timeoutSeconds) throws InterruptedException {
		HttpClient client = client();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (System.nanoTime() < deadline) {
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		System.err.println("load-client: " + uri + " did not answer 200 within " + timeoutSeconds + " s");
		System.exit(1);
	}

	private static void once(String[] urls) throws InterruptedException {
		HttpClient client = client();
		StringBuilder latencies = new StringBuilder();
		for (String url : urls) {
			HttpRequest request = HttpRequest.newBuilder(local(url)).timeout(Duration.ofSeconds(MAX_SECONDS)).GET().build();
			long start = System.nanoTime();
			int status;
			try {
				status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
			}
			catch (IOException ex) {
				status = -1;
			}
			long took = System.nanoTime() - start;
			if (status != 200) {
				System.err.println("load-client: " + url + " answered " + ((status < 0) ? "nothing" : status));
				System.exit(1);
			}
			latencies.append(latencies.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f", took / 1e6));
		}
		System.out.println(latencies);
	}

	private static void load(URI uri, int threads, int seconds, int warmupSeconds) throws InterruptedException {
		HttpClient client = client();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
		if (warmupSeconds > 0) {
			run(client, request, threads, warmupSeconds);
		}
		Result result = run(client, request, threads, seconds);
		long[] latencies = result.latencies();
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "%.1f %.2f %.2f %d %d%n", latencies.length / result.seconds(),
				percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6, latencies.length, result.errors());
	}

	private static Result run(HttpClient client, HttpRequest request, int threads, int seconds)
			throws InterruptedException {
		long[][] perThread = new long[threads][];
		int[] counts = new int[threads];
		AtomicLong errors = new AtomicLong();
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(threads);
		long[] window = new long[2];
		for (int t = 0; t < threads; t++) {
			int index = t;
			Thread worker = new Thread(() -> {
				long[] latencies = new long[1024];
				int count = 0;
				try {
					go.await();
					long end = window[1];
					long now;
					while ((now = System.nanoTime()) < end) {
						try {
							int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
							long took = System.nanoTime() - now;
							if (status == 200) {
								if (count == latencies.length) {
									latencies = Arrays.copyOf(latencies, count * 2);
								}
								latencies[count++] = took;
							}
							else {
								errors.incrementAndGet();
							}
						}
						catch (IOException ex) {
							errors.incrementAndGet();
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					perThread[index] = latencies;
					counts[index] = count;
					done.countDown();
				}
			}, "load-" + t);
			worker.setDaemon(true);
			worker.start();
		}
		window[0] = System.nanoTime();
		window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
		go.countDown();
		if (!done.await(seconds + 30L, TimeUnit.SECONDS)) {
			System.err.println("load-client: requests still running 30 s after the end of the run");
			System.exit(1);
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(perThread[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		return new Result(all, elapsed, errors.get());
	}

	private static long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	private static URI local(String url) {
		URI uri = URI.create(url);
		if (!"http".equals(uri.getScheme())
				|| !("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
			System.err.println("load-client: only http://127.0.0.1 or http://localhost URLs, not " + url);
			System.exit(2);
		}
		return uri;
	}

	private static int bounded(int value, int max) {
		if (value < 1 || value > max) {
			System.err.println("load-client: " + value + " is not between 1 and " + max);
			System.exit(2);
		}
		return value;
	}

	private record Result(long[] latencies, double seconds, long errors) {
	}

}
