package io.github.atlasspring.sample;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists blog titles.
 */
@RestController
class BlogController {

	private final BlogRepository blogs;

	BlogController(BlogRepository blogs) {
		this.blogs = blogs;
	}

	@GetMapping("/blogs")
	List<String> titles(@RequestParam(defaultValue = "") String search) {
		return this.blogs.findByTitleContainingIgnoreCase(search).stream().map(Blog::getTitle).toList();
	}

}
