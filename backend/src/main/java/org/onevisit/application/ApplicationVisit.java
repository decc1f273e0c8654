package org.onevisit.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An in-person visit of the applicant to a window; past the item's promised number it is a breach. */
@Entity
@Table(name = "application_visit")
public class ApplicationVisit {

    /**
     * Why the applicant came: registering a walk-in application, handing in originals, collecting a paper result,
     * being present at the site inspection, attending the expert review meeting, sitting the examination.
     */
    @Schema(name = "VisitPurpose")
    public enum Purpose { WALK_IN, ORIGINALS, PICKUP, SITE_CHECK, MEETING, EXAM, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "location_code")
    public String locationCode;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String reason;

    public boolean breach;

    @Column(name = "staff_id")
    public UUID staffId;
}
