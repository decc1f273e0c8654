package org.onevisit.application;

import java.time.OffsetDateTime;

/** A recorded visit to a window. */
public record VisitView(OffsetDateTime at, String locationCode, ApplicationVisit.Purpose purpose, String reason,
                        boolean breach) {

    static VisitView of(ApplicationVisit v) {
        return new VisitView(v.occurredAt, v.locationCode, v.purpose, v.reason, v.breach);
    }
}
