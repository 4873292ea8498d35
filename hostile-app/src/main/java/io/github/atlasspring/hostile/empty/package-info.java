/**
 * A package without entities, for a persistence unit that has nothing to print.
 */
package io.github.atlasspring.hostile.empty;
