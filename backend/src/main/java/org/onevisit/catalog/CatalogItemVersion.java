package org.onevisit.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One published version of an item's guide; never updated in place (a change is a new version). */
@Entity
@Table(name = "catalog_item_version")
public class CatalogItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public int version;

    public String name;

    public String type;

    public String status;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The guide as JSON text, written and read with the application's ObjectMapper. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String guide;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
