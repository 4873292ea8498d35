/**
 * What the project's own tests share: the database servers they run on, the packaged
 * applications they start as processes, and the position directives they expect.
 */
package io.github.atlasspring.testsupport;
