/**
 * Proves the printed DDL on real databases: one test class per database, each running the
 * same tests on each test model. H2 and SQLite always run; PostgreSQL, MariaDB and MySQL
 * run on the server that {@code ATLAS_TEST_POSTGRES_URL}, {@code ATLAS_TEST_MARIADB_URL}
 * or {@code ATLAS_TEST_MYSQL_URL} (with {@code _USERNAME} and {@code _PASSWORD}) name, as
 * a user that may create and drop databases, else in a Testcontainers container, and are
 * skipped when neither is there.
 */
package io.github.atlasspring.it;
