package org.onevisit.audit;

import java.time.OffsetDateTime;

/** An audit row as an auditor reads it. */
public record AuditView(long id, OffsetDateTime occurredAt, String actor, String action, String target,
                        String clientIp, String result, String detail, String hash) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.id, e.occurredAt, e.actor, e.action, e.target, e.clientIp, e.result, e.detail, e.hash);
    }
}
