package org.onevisit.audit;

import java.util.UUID;

/**
 * What happened, to be written to the audit trail. {@code actor} and {@code target} must already be
 * masked where they are personal data (ID numbers, mobiles).
 */
public record AuditEntry(UUID actorId, String actor, String action, String target, String clientIp,
                         Result result, String detail) {

    public enum Result { SUCCESS, FAILURE, DENIED }
}
