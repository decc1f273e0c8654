package org.onevisit.stats;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.stats.ServiceStats.Corrections;
import org.onevisit.stats.ServiceStats.Satisfaction;
import org.onevisit.stats.ServiceStats.Share;
import org.onevisit.stats.ServiceStats.Timeliness;

/** The public service figures of one group of cases (an office, an officer): counts, shares and averages only. */
@Schema(name = "GroupFigures")
public record GroupFigures(
        @Schema(description = "Cases submitted in the period") long submitted,
        @Schema(description = "Of the cases submitted in the period, how many are in each state now") Map<String, Long> byState,
        @Schema(description = "Of the cases submitted in the period, how many came by each channel") Map<String, Long> byChannel,
        @Schema(description = "Decisions in the period against their promised due date") Timeliness timeliness,
        @Schema(description = "Average working days from acceptance to decision of the cases decided in the period, "
                + "pauses excluded; null when none was decided") Double averageWorkingDays,
        @Schema(description = "Average promised time limit (working days, from the catalogue) of the same decided cases; "
                + "null when none was decided") Double averagePromisedDays,
        @Schema(description = "Cases completed in the period that truly had no visit (none recorded, none waived)") Share zeroVisitCompletions,
        @Schema(description = "Cases completed in the period whose promised visit the window waived with a reason") long visitsWaived,
        @Schema(description = "Visits beyond the one promised, recorded in the period") long visitBreaches,
        @Schema(description = "Correction notices sent in the period") Corrections corrections,
        @Schema(description = "Ratings given in the period") Satisfaction satisfaction) {}
