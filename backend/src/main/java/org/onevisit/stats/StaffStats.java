package org.onevisit.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public service figures of a period per office and per officer, for staff (内部): staff names are shown,
 * applicants' data never. Every figure of a case (its submission and state, its decision, its completion, its
 * visits, correction notices and rating) counts for the office and the officer the case is attributed to.
 */
@Schema(name = "StaffStats")
public record StaffStats(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Every service location, the bureau's window first, then (code null) the cases no window "
                + "has handled yet; the offices' figures add up to the public figures of the period") List<Office> offices,
        @Schema(description = "Every officer who accepted a case that counts in the period or took a step on a case in it")
        List<Officer> officers) {

    @Schema(name = "OfficeFigures")
    public record Office(
            @Schema(description = "The service location a case is attributed to: where it was registered (walk-in or post), "
                    + "accepted, refused or sent back for correction (the window's last step before review). Null for the "
                    + "cases submitted online that no window has handled yet") String code,
            @Schema(description = "The location's name; null with the code") String name,
            GroupFigures figures) {}

    @Schema(name = "OfficerFigures")
    public record Officer(
            @Schema(description = "The staff account") UUID id,
            @Schema(description = "The staff member's name") String name,
            @Schema(description = "Where the officer works (their account's service location); null for reviewers and "
                    + "approvers, who work at the bureau") String officeCode,
            String officeName,
            @Schema(description = "The figures of the cases the officer accepted (the actor of the case's first ACCEPT step, "
                    + "whenever it was); cases not accepted, or refused, count for no officer") GroupFigures figures,
            @Schema(description = "Steps the officer took on cases in the period, by action as the timeline names them "
                    + "(ACCEPT, NOT_ACCEPT, REQUEST_CORRECTION, RECOMMEND, APPROVE, DENY, DISPATCH, DELIVER, VISIT, WALK_IN …); "
                    + "reviewers and approvers, who never accept, show here") Map<String, Long> actions) {}
}
