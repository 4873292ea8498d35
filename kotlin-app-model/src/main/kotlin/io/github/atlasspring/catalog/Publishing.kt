package io.github.atlasspring.catalog

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.ManyToOne

/**
 * A publishing house.
 */
@Entity
class Publisher(
    @Column(nullable = false, unique = true)
    var name: String,

    var country: String? = null,
) {

    @Id
    @GeneratedValue
    var id: Long? = null

}

/**
 * A brand a publisher releases books under.
 */
@Entity
data class Imprint(
    @Column(nullable = false)
    val name: String,

    @ManyToOne(optional = false)
    val publisher: Publisher,

    @Id
    @GeneratedValue
    val id: Long? = null,
)
