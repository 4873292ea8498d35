package io.github.atlasspring.it.model.ledger;

/**
 * The name of the second catalog: a database of the server, named so that it cannot be
 * mistaken for a real one.
 */
public final class LedgerCatalog {

	public static final String NAME = "atlas_it_ledger";

	private LedgerCatalog() {
	}

}
