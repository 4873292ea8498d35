package io.github.atlasspring.it.model.shop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product: numeric precision, JSON, text and binary columns, many-to-many associations
 * (one to itself) and a map collection, with a sequence id.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"),
		indexes = { @Index(name = "idx_product_category", columnList = "category_id"),
				@Index(name = "idx_product_name_price", columnList = "name, price desc") })
@Check(constraints = "price >= 0")
public class Product extends Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
	@SequenceGenerator(name = "product_ids", sequenceName = "product_seq", allocationSize = 20)
	private Long id;

	@NotNull
	@Size(max = 32)
	private String sku;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, precision = 10, scale = 2)
	private BigDecimal price;

	private double rating;

	@Lob
	private String description;

	@JdbcTypeCode(SqlTypes.JSON)
	private String attributes;

	@Column(length = 2048)
	private byte[] thumbnail;

	@ManyToOne(optional = false)
	private Category category;

	@ManyToMany
	@JoinTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_code"))
	private Set<Tag> tags = new HashSet<>();

	@ManyToMany
	@JoinTable(name = "product_related", joinColumns = @JoinColumn(name = "product_id"),
			inverseJoinColumns = @JoinColumn(name = "related_id"))
	private Set<Product> related = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "product_price_history", joinColumns = @JoinColumn(name = "product_id"))
	@MapKeyColumn(name = "valid_from")
	@Column(name = "price", precision = 10, scale = 2)
	private Map<LocalDate, BigDecimal> priceHistory = new HashMap<>();

}
