/**
 * The export engine: Hibernate metadata rebuilt for a target database and rendered as
 * DDL, with the tables' origins and source positions. Knows nothing of Spring Boot.
 */
@NullMarked
package io.github.atlasspring.schema;

import org.jspecify.annotations.NullMarked;
