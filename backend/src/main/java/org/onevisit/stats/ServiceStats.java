package org.onevisit.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well the bureau keeps its promises over a period, computed from the cases (公开). No personal
 * data: only counts, shares and averages.
 */
public record ServiceStats(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Cases submitted in the period") long submitted,
        @Schema(description = "Of the cases submitted in the period, how many are in each state now") Map<String, Long> byState,
        Map<String, Long> byChannel,
        List<ItemFigures> byItem,
        @Schema(description = "Decisions in the period against their promised due date") Timeliness timeliness,
        @Schema(description = "Cases completed in the period that truly had no visit (none recorded, none waived)") Share zeroVisitCompletions,
        @Schema(description = "Cases completed in the period whose promised visit the window waived with a reason") long visitsWaived,
        @Schema(description = "Visits beyond the one promised, recorded in the period") long visitBreaches,
        Corrections corrections,
        Satisfaction satisfaction,
        List<MonthFigures> byMonth) {

    /** A count and its share of a whole (0 to 1, four decimals; 0 when the whole is empty). */
    @Schema(name = "Share")
    public record Share(long count, long of, double rate) {

        static Share of(long count, long whole) {
            return new Share(count, whole, whole == 0 ? 0 : Math.round(count * 10_000.0 / whole) / 10_000.0);
        }
    }

    @Schema(name = "ItemFigures")
    public record ItemFigures(String itemCode, String itemName, long submitted, long decided, long onTime, long overdue,
                              @Schema(description = "Average working days from acceptance to decision, pauses excluded") Double averageWorkingDays,
                              int promisedDays) {}

    @Schema(name = "Timeliness")
    public record Timeliness(long decided, long onTime, long overdue, double onTimeRate) {}

    @Schema(name = "CorrectionFigures")
    public record Corrections(long requests, long secondRequests) {}

    @Schema(name = "Satisfaction")
    public record Satisfaction(long ratings, Map<Integer, Long> byGrade,
                               @Schema(description = "Ratings of 基本满意 or better, and their share") Share satisfied,
                               long badReviews,
                               @Schema(description = "Bad reviews answered by their due date") Share rectifiedOnTime) {}

    @Schema(name = "MonthFigures")
    public record MonthFigures(String month, long submitted, long completed) {}
}
