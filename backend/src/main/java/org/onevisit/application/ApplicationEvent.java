package org.onevisit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a case's timeline: who did what, when and from where (never changed afterwards). */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_name")
    public String actorName;

    /** APPLICANT or the staff role the step was taken in. */
    @Column(name = "actor_role")
    public String actorRole;

    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    public String comment;

    @Column(name = "client_ip")
    public String clientIp;

    /** Further facts of the step as a JSON object (correction items, waybill, special procedure …). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String detail;
}
