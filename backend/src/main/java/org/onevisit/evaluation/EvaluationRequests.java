package org.onevisit.evaluation;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the evaluation endpoints. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    @Schema(name = "Rating")
    public record Rating(
            @Schema(required = true, minimum = "1", maximum = "5", description = "5 非常满意 … 1 非常不满意") Integer grade,
            @Schema(maxLength = 500) String comment,
            @Schema(description = "Optional grades 1–5 of efficiency, guideAccuracy, convenience, attitude") Map<String, Integer> dimensions) {}

    @Schema(name = "Appeal")
    public record Appeal(@Schema(required = true, maxLength = 500) String reason) {}

    @Schema(name = "Callback")
    public record Callback(@Schema(required = true, maxLength = 1000) String note) {}

    @Schema(name = "RectificationResponse")
    public record Response(@Schema(required = true) Rectification.Outcome outcome,
                           @Schema(required = true, maxLength = 2000) String response,
                           @Schema(required = true) Long version) {}
}
