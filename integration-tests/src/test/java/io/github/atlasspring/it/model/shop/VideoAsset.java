package io.github.atlasspring.it.model.shop;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * A video, in its own table joined to the asset's.
 */
@Entity
public class VideoAsset extends Asset {

	private Duration length;

	@Column(length = 16)
	private String codec;

}
