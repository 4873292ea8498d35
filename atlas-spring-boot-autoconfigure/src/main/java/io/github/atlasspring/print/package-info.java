/**
 * Print mode: {@code java -jar app.jar --atlas.print-schema} prints the application's DDL
 * and exits, connecting to no database.
 */
@NullMarked
package io.github.atlasspring.print;

import org.jspecify.annotations.NullMarked;
