package io.github.atlasspring.sample;

/**
 * What a user may do.
 */
public enum Role {

	READER, AUTHOR, ADMIN

}
