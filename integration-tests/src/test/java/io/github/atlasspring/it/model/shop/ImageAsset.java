package io.github.atlasspring.it.model.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * An image, in its own table joined to the asset's.
 */
@Entity
@PrimaryKeyJoinColumn(name = "asset_id")
public class ImageAsset extends Asset {

	private int width;

	private int height;

	@Lob
	private byte[] data;

}
