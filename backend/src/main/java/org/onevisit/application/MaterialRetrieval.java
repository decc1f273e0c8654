package org.onevisit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onevisit.catalog.Guide;

/** A material taken, with the applicant's authorisation, from a register instead of an upload (数据多跑路). */
@Entity
@Table(name = "application_retrieval")
public class MaterialRetrieval {

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "material_code")
    public String materialCode;

    @Enumerated(EnumType.STRING)
    public Guide.Retrieval source;

    /** The register's certificate, when the material came from the bureau's certificate register. */
    @Column(name = "certificate_id")
    public UUID certificateId;

    /** The certificate number, or the registration's credit code. */
    public String reference;

    public String title;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "retrieved_at")
    public OffsetDateTime retrievedAt;

    @Column(name = "retrieved_by")
    public UUID retrievedBy;
}
