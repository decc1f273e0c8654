package org.onevisit.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice of the bureau (通知公告): plain text, public once published. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    public String title;

    /** Plain text; paragraphs are separated by a blank line. Never HTML: readers escape it. */
    public String body;

    /** When it was (last) published; null while it is a draft or withdrawn. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;
}
