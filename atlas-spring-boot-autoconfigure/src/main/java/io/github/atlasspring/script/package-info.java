/**
 * Script mode: the DDL of named entities, printed by a program of the user's own under
 * print mode's contract.
 */
@NullMarked
package io.github.atlasspring.script;

import org.jspecify.annotations.NullMarked;
