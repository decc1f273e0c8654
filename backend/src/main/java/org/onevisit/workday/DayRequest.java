package org.onevisit.workday;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's edit of one day: a weekday off (HOLIDAY) or a weekend day on (WORKDAY), and its name. */
public record DayRequest(
        @Schema(implementation = DayKind.class, required = true) String kind,
        @Schema(required = true, maxLength = DayRequest.NAME_MAX, description = "e.g. 春节, 春节调休上班") String name) {

    public static final int NAME_MAX = 64;
}
