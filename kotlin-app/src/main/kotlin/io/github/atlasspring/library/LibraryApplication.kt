package io.github.atlasspring.library

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.persistence.autoconfigure.EntityScan
import org.springframework.boot.runApplication

/**
 * A lending library whose catalog entities come from another module: `@EntityScan`
 * replaces the scan of this package, so it names both.
 */
@SpringBootApplication
@EntityScan(basePackages = ["io.github.atlasspring.library", "io.github.atlasspring.catalog"])
class LibraryApplication

fun main(args: Array<String>) {
    runApplication<LibraryApplication>(*args)
}
