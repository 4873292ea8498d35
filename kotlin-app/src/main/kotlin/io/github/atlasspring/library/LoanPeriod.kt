package io.github.atlasspring.library

import jakarta.persistence.Column
import jakarta.persistence.Embeddable
import java.time.LocalDate

/**
 * When a loan starts, is due and ended.
 */
@Embeddable
data class LoanPeriod(
    @Column(nullable = false)
    val startsOn: LocalDate,

    @Column(nullable = false)
    val dueOn: LocalDate,

    val returnedOn: LocalDate? = null,
)
