package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A variant on a wishlist.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_wishlist_item_wishlist_variant", columnNames = { "wishlist_id", "variant_id" }))
public class WishlistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(nullable = false)
	private Instant addedAt;

	@Column(length = 500)
	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Wishlist wishlist;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ProductVariant variant;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	public void setAddedAt(Instant addedAt) {
		this.addedAt = addedAt;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Wishlist getWishlist() {
		return this.wishlist;
	}

	public void setWishlist(Wishlist wishlist) {
		this.wishlist = wishlist;
	}

	public ProductVariant getVariant() {
		return this.variant;
	}

	public void setVariant(ProductVariant variant) {
		this.variant = variant;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof WishlistItem wishlistItem)) {
			return false;
		}
		return this.id != null && this.id.equals(wishlistItem.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
