package io.github.atlasspring.sample;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Finds blogs.
 */
public interface BlogRepository extends JpaRepository<Blog, Long> {

	List<Blog> findByTitleContainingIgnoreCase(String text);

}
