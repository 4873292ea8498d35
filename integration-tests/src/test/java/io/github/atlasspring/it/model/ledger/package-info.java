/**
 * The part of the test model in a second catalog, {@link LedgerCatalog#NAME}, for MySQL
 * and MariaDB: their Hibernate dialects qualify names with a catalog (a database) and
 * ignore a schema, so the billing schema's tables would land in the default database.
 */
package io.github.atlasspring.it.model.ledger;
