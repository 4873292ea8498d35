/**
 * The portable part of the test model: a small shop that every database maps.
 */
package io.github.atlasspring.it.model.shop;
