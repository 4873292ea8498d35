package io.github.atlasspring.test.blog;

/**
 * Where a blog post is in its life, stored by name.
 */
public enum Status {

	DRAFT, PUBLISHED, ARCHIVED

}
