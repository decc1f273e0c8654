package org.onevisit.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The bureau's answer to a bad review: a callback, then rectification or explanation by a due date. */
@Entity
@Table(name = "rectification")
public class Rectification {

    public enum State { OPEN, RESPONDED, APPEALED, CLOSED }

    public enum Outcome { RECTIFIED, EXPLAINED }

    @Id
    public UUID id;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "callback_at")
    public OffsetDateTime callbackAt;

    @Column(name = "callback_note")
    public String callbackNote;

    @Column(name = "callback_by")
    public UUID callbackBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String response;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "responded_by")
    public UUID respondedBy;

    /** Whether the first response came by the due date. */
    @Column(name = "on_time")
    public Boolean onTime;

    public String appeal;

    @Column(name = "appealed_at")
    public OffsetDateTime appealedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
