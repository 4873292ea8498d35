package io.github.atlasspring.library

/**
 * How a book is printed or published.
 */
enum class Format {
    HARDCOVER,
    PAPERBACK,
    EBOOK,
}
