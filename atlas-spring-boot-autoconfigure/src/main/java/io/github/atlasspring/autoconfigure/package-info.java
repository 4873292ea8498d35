/**
 * Auto-configuration of the {@link io.github.atlasspring.jpa.AtlasSchema} bean and the
 * {@code atlasschema} endpoint, and the {@code atlas.*} properties.
 */
@NullMarked
package io.github.atlasspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
