/**
 * AssertJ assertions for tests of a Spring Boot JPA application that plans its migrations
 * with Atlas: the printed DDL against a committed snapshot, and the schema the
 * application's migrations make against the schema its entities expect.
 */
@NullMarked
package io.github.atlasspring.test;

import org.jspecify.annotations.NullMarked;
