package io.github.atlasspring.shop.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.github.atlasspring.shop.domain.enumeration.Gender;

/**
 * A person who buys from the shop.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_customer_store_email", columnNames = { "store_id", "email" }), indexes = @Index(name = "idx_customer_last_name", columnList = "last_name"))
public class Customer extends AbstractAuditingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@NotNull
	@Size(max = 191)
	private String email;

	@Column(length = 50, nullable = false)
	private String firstName;

	@Column(length = 50, nullable = false)
	private String lastName;

	@Column(length = 30)
	private String phone;

	private LocalDate birthDate;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Gender gender;

	@Column(nullable = false)
	private Boolean marketingConsent;

	@Column(length = 10)
	private String preferredLanguage;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Store store;

	@ManyToOne(fetch = FetchType.LAZY)
	private AppUser user;

	@OneToMany(mappedBy = "customer")
	private Set<CustomerAddress> addresses = new HashSet<>();

	@ManyToMany(mappedBy = "members")
	private Set<CustomerGroup> groups = new HashSet<>();

	@OneToOne(mappedBy = "customer")
	private LoyaltyAccount loyaltyAccount;

	@Version
	private Integer version;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Gender getGender() {
		return this.gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public Boolean getMarketingConsent() {
		return this.marketingConsent;
	}

	public void setMarketingConsent(Boolean marketingConsent) {
		this.marketingConsent = marketingConsent;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public AppUser getUser() {
		return this.user;
	}

	public void setUser(AppUser user) {
		this.user = user;
	}

	public Set<CustomerAddress> getAddresses() {
		return this.addresses;
	}

	public void setAddresses(Set<CustomerAddress> addresses) {
		this.addresses = addresses;
	}

	public Set<CustomerGroup> getGroups() {
		return this.groups;
	}

	public void setGroups(Set<CustomerGroup> groups) {
		this.groups = groups;
	}

	public LoyaltyAccount getLoyaltyAccount() {
		return this.loyaltyAccount;
	}

	public void setLoyaltyAccount(LoyaltyAccount loyaltyAccount) {
		this.loyaltyAccount = loyaltyAccount;
	}

	public Integer getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Customer customer)) {
			return false;
		}
		return this.id != null && this.id.equals(customer.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
