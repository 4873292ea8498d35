package io.github.atlasspring.library

import jakarta.persistence.Embedded
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.ManyToOne
import jakarta.persistence.Table

/**
 * A book lent to a member.
 */
@Entity
@Table(name = "loan", schema = "lending")
data class Loan(
    @ManyToOne(optional = false)
    val book: Book,

    @ManyToOne(optional = false)
    val member: Member,

    @Embedded
    val period: LoanPeriod,

    @Id
    @GeneratedValue
    val id: Long? = null,
)
