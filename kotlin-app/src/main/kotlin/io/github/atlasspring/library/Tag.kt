package io.github.atlasspring.library

import jakarta.persistence.Entity
import jakarta.persistence.Id

/**
 * A subject books are filed under, known by its name.
 */
@Entity
data class Tag(
    @Id
    val name: String,

    val description: String? = null,
)
