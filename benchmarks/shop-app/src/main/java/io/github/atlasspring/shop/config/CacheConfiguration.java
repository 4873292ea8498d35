package io.github.atlasspring.shop.config;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In-memory caches of the catalog data that every storefront page reads.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

	public static final String CATEGORY_TREE = "categoryTree";

	public static final String BRANDS = "brands";

	@Bean
	public CacheManager cacheManager() {
		return new ConcurrentMapCacheManager(CATEGORY_TREE, BRANDS);
	}

}
