package io.github.atlasspring.sample;

/**
 * What a user may do.
 */
public enum Role {

	/**
	 * Reads posts.
	 */
	READER,

	/**
	 * Writes posts.
	 */
	AUTHOR,

	/**
	 * Runs the blog.
	 */
	ADMIN

}
