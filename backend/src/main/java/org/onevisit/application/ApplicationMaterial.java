package org.onevisit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An uploaded material of a case: the file is in the file store under {@code fileKey}. */
@Entity
@Table(name = "application_material")
public class ApplicationMaterial {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "material_code")
    public String materialCode;

    @Column(name = "file_key")
    public String fileKey;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    public long size;

    public String sha256;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public UUID uploadedBy;
}
