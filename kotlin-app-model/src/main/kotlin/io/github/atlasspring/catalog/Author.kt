package io.github.atlasspring.catalog

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id

/**
 * A person who wrote books, shared by every application that lends or sells them.
 */
@Entity
class Author(
    @Column(nullable = false, length = 200)
    var name: String,

    var bornIn: Int? = null,
) {

    @Id
    @GeneratedValue
    var id: Long? = null

}
