package org.onevisit.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case's rating as its applicant and the staff see it, with the bureau's answer to a bad one. */
public record EvaluationView(int grade, String label, String comment, Map<String, Integer> dimensions, String channel,
                             OffsetDateTime createdAt, RectificationView rectification) {

    @Schema(name = "Rectification")
    public record RectificationView(UUID id, UUID applicationId, String applicationNumber, Rectification.State state,
                                    LocalDate dueDate, boolean overdue, int grade, String comment,
                                    OffsetDateTime callbackAt, String callbackNote, Rectification.Outcome outcome,
                                    String response, OffsetDateTime respondedAt, Boolean onTime, String appeal,
                                    OffsetDateTime appealedAt, long version) {}

    @Schema(name = "RectificationPage")
    public record Page(List<RectificationView> items, long total, long overdue, int page, int size) {}

    @Schema(name = "EvaluationScale")
    public record Scale(List<Grade> grades, int rectificationDays) {}

    @Schema(name = "Grade")
    public record Grade(int grade, String label, boolean bad) {}
}
