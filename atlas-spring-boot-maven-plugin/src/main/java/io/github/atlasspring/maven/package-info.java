/**
 * The {@code atlas:print-schema} Maven goal: the application's DDL from the project's
 * sources, compiled first, for an Atlas data source that is always up to date.
 */
package io.github.atlasspring.maven;
