package org.onevisit.application;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded waiver, as the case shows it. */
@Schema(name = "Waiver")
public record WaiverView(ApplicationWaiver.Kind kind,
                         @Schema(description = "The special procedure marked not needed; null for a VISIT waiver") String procedure,
                         String reason,
                         @Schema(description = "The staff member who recorded it") String by,
                         @Schema(description = "WINDOW or REVIEWER") String role,
                         OffsetDateTime at) {

    static WaiverView of(ApplicationWaiver w) {
        return new WaiverView(w.kind, w.procedure == null || w.procedure.isEmpty() ? null : w.procedure, w.reason,
                w.staffName, w.staffRole, w.occurredAt);
    }
}
