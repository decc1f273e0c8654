package org.onevisit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the append-only audit trail. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "actor_id")
    public UUID actorId;

    /** Who, as shown to an auditor: masked where it is personal data. */
    public String actor;

    public String action;

    public String target;

    @Column(name = "client_ip")
    public String clientIp;

    public String result;

    public String detail;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;
}
