package org.onevisit.application;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of the one-visit promise that staff waived for one case, with who, when and why. */
@Entity
@Table(name = "application_waiver")
public class ApplicationWaiver {

    /** VISIT: the window waives the item's one visit; SPECIAL_PROCEDURE: the reviewer marks a procedure not needed. */
    @Schema(name = "WaiverKind")
    public enum Kind { VISIT, SPECIAL_PROCEDURE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The special procedure's name; empty for a VISIT waiver. */
    public String procedure;

    public String reason;

    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "staff_name")
    public String staffName;

    @Column(name = "staff_role")
    public String staffRole;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
