package io.github.atlasspring.shop.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A promotional banner in a slot of the storefront.
 */
@Entity
@Table(indexes = @Index(name = "idx_banner_store_slot", columnList = "store_id, slot"))
public class Banner {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	private Long id;

	@Column(length = 50, nullable = false)
	private String slot;

	@Column(length = 512, nullable = false)
	private String imageUrl;

	@Column(length = 512)
	private String linkUrl;

	@Column(length = 200)
	private String altText;

	@Column(nullable = false)
	private Integer position;

	private Instant visibleFrom;

	private Instant visibleUntil;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Store store;

	@ManyToOne(fetch = FetchType.LAZY)
	private Promotion promotion;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getSlot() {
		return this.slot;
	}

	public void setSlot(String slot) {
		this.slot = slot;
	}

	public String getImageUrl() {
		return this.imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl;
	}

	public String getLinkUrl() {
		return this.linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public String getAltText() {
		return this.altText;
	}

	public void setAltText(String altText) {
		this.altText = altText;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Instant getVisibleFrom() {
		return this.visibleFrom;
	}

	public void setVisibleFrom(Instant visibleFrom) {
		this.visibleFrom = visibleFrom;
	}

	public Instant getVisibleUntil() {
		return this.visibleUntil;
	}

	public void setVisibleUntil(Instant visibleUntil) {
		this.visibleUntil = visibleUntil;
	}

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Promotion getPromotion() {
		return this.promotion;
	}

	public void setPromotion(Promotion promotion) {
		this.promotion = promotion;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Banner banner)) {
			return false;
		}
		return this.id != null && this.id.equals(banner.id);
	}

	@Override
	public int hashCode() {
		// Stable across the entity's life: the id is assigned on persist.
		return getClass().hashCode();
	}

}
