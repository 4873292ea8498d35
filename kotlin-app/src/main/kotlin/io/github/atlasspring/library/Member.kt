package io.github.atlasspring.library

import jakarta.persistence.Column
import jakarta.persistence.Entity
import jakarta.persistence.GeneratedValue
import jakarta.persistence.Id
import jakarta.persistence.OneToMany
import jakarta.persistence.Table
import java.time.LocalDate

/**
 * A person who borrows books.
 */
@Entity
@Table(name = "member", schema = "lending")
class Member(
    @Column(nullable = false, unique = true)
    var email: String,

    var displayName: String? = null,

    @Column(nullable = false)
    var joinedOn: LocalDate,

    var active: Boolean = true,
) {

    @Id
    @GeneratedValue
    var id: Long? = null

    @OneToMany(mappedBy = "member")
    var loans: MutableList<Loan> = mutableListOf()

}
