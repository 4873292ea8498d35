/**
 * A model whose tables live in a schema other than the default one.
 */
package io.github.atlasspring.test.audit;
