package io.github.atlasspring.it.model.shop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;

/**
 * A customer: basic types, enums, embeddables, a secondary table and element collections,
 * with an identity id.
 */
@Entity
@Table(name = "customer", indexes = @Index(name = "idx_customer_name", columnList = "last_name, first_name"),
		uniqueConstraints = @UniqueConstraint(name = "uk_customer_external_id", columnNames = "external_id"))
@SecondaryTable(name = "customer_profile", pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
@Check(name = "ck_customer_credit_limit", constraints = "credit_limit >= 0")
@Comment("A customer of the shop")
public class Customer extends Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotNull
	@Size(max = 40)
	private String firstName;

	@NotNull
	@Size(max = 60)
	private String lastName;

	@Column(nullable = false, unique = true, length = 120)
	@Comment("Where the shop writes to")
	private String email;

	private UUID externalId;

	private LocalDate birthDate;

	private LocalDateTime lastLogin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	@ColumnDefault("'ACTIVE'")
	private CustomerStatus status;

	@Enumerated(EnumType.ORDINAL)
	private CustomerTier tier;

	@Column(precision = 12, scale = 2)
	@ColumnDefault("0")
	private BigDecimal creditLimit;

	private boolean newsletter;

	@Formula("upper(last_name)")
	private String sortName;

	@Embedded
	private Address address;

	@Embedded
	@AttributeOverride(name = "street", column = @Column(name = "shipping_street"))
	@AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 60))
	@AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code"))
	@AttributeOverride(name = "country", column = @Column(name = "shipping_country", length = 2))
	private Address shippingAddress;

	@Column(table = "customer_profile", length = 500)
	private String biography;

	@Lob
	@Column(table = "customer_profile")
	private byte[] photo;

	@ElementCollection
	@CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
	@OrderColumn(name = "position")
	private List<Phone> phones = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "tag", length = 30, nullable = false)
	private Set<String> tags = new HashSet<>();

	@OneToOne(mappedBy = "customer")
	private LoyaltyCard loyaltyCard;

}
