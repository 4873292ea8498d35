/**
 * The {@code atlasschema} actuator endpoint and its web extension.
 * <p>
 * Operation parameters use {@code org.springframework.lang.Nullable}, which Spring Boot
 * 3.5 and 4 both read to tell optional query parameters from required ones; everything
 * else follows JSpecify, as Spring Boot 4 does. On Spring Boot 3.5 the JSpecify
 * annotations are not on the class path, and the JVM ignores them.
 */
@NullMarked
package io.github.atlasspring.actuate;

import org.jspecify.annotations.NullMarked;
