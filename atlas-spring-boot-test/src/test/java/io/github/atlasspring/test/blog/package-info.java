/**
 * A small model whose schema the drift tests change one difference at a time.
 */
package io.github.atlasspring.test.blog;
