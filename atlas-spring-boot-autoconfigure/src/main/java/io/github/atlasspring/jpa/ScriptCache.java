package io.github.atlasspring.jpa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import io.github.atlasspring.schema.SchemaScript;
import io.github.atlasspring.schema.SchemaTarget;

/**
 * The scripts exported so far, at most {@value #CAPACITY}, the least recently used
 * dropped first. Versions that mean the same database share an entry, concurrent first
 * requests for an entry export it once, and a failed export is not kept.
 */
final class ScriptCache {

	static final int CAPACITY = 32;

	private final Map<Key, CompletableFuture<SchemaScript>> entries = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<SchemaScript>> eldest) {
			return size() > CAPACITY;
		}

	};

	SchemaScript get(String persistenceUnit, SchemaTarget target, Function<SchemaTarget, SchemaScript> export) {
		Key key = new Key(persistenceUnit, target.normalized());
		CompletableFuture<SchemaScript> entry;
		boolean exporting = false;
		synchronized (this.entries) {
			entry = this.entries.get(key);
			if (entry == null) {
				entry = new CompletableFuture<>();
				this.entries.put(key, entry);
				exporting = true;
			}
		}
		if (exporting) {
			export(key, entry, target, export);
		}
		try {
			return entry.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private void export(Key key, CompletableFuture<SchemaScript> entry, SchemaTarget target,
			Function<SchemaTarget, SchemaScript> export) {
		try {
			entry.complete(export.apply(target));
		}
		catch (RuntimeException ex) {
			synchronized (this.entries) {
				this.entries.remove(key, entry);
			}
			entry.completeExceptionally(ex);
		}
	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	private record Key(String persistenceUnit, SchemaTarget target) {
	}

}
