package io.github.atlasspring.library

import io.github.atlasspring.catalog.Author
import io.github.atlasspring.catalog.Imprint
import jakarta.persistence.CollectionTable
import jakarta.persistence.Column
import jakarta.persistence.ElementCollection
import jakarta.persistence.Entity
import jakarta.persistence.EnumType
import jakarta.persistence.Enumerated
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.JoinColumn
import jakarta.persistence.JoinTable
import jakarta.persistence.ManyToMany
import jakarta.persistence.ManyToOne
import jakarta.persistence.Version

/**
 * A title the library holds. Hibernate reads no Kotlin nullability: a reference type is
 * `not null` only when a mapping says so, a non-null `Int` is a primitive and so always is.
 */
@Entity
class Book(
    @Column(nullable = false)
    var title: String,

    var subtitle: String? = null,

    var isbn: String,

    var pages: Int,

    var edition: Int? = null,

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    var format: Format,

    @ManyToOne(optional = false)
    var author: Author,

    @ManyToOne
    var imprint: Imprint? = null,
) {

    @Id
    @GeneratedValue
    var id: Long? = null

    @Version
    var version: Long = 0

    @ManyToMany
    @JoinTable(name = "book_tag")
    var tags: MutableSet<Tag> = mutableSetOf()

    @ElementCollection
    @CollectionTable(name = "book_keyword", joinColumns = [JoinColumn(name = "book_id")])
    @Column(name = "keyword", nullable = false, length = 50)
    var keywords: MutableSet<String> = mutableSetOf()

}
