/**
 * What each {@code EntityManagerFactory} of a running application is built from, and
 * {@link io.github.atlasspring.jpa.AtlasSchema}, the DDL of its persistence units.
 */
@NullMarked
package io.github.atlasspring.jpa;

import org.jspecify.annotations.NullMarked;
