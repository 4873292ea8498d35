package io.github.atlasspring.schema.xml;

/**
 * A test entity mapped by {@code META-INF/shelf-orm.xml} only.
 */
public class Shelf {

	private Long id;

	private String label;

}
