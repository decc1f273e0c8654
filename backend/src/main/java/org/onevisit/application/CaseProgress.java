package org.onevisit.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public lookup (办件查询) tells about a case: its progress, never who applied or what they sent. */
public record CaseProgress(
        String number,
        String itemCode,
        String itemName,
        ApplicationState state,
        Channel channel,
        OffsetDateTime submittedAt,
        OffsetDateTime acceptedAt,
        @Schema(description = "Due date of the promised limit; null before acceptance") LocalDate dueDate,
        OffsetDateTime decidedAt,
        OffsetDateTime completedAt,
        @Schema(description = "Number of the certificate, approval or filing receipt issued, if any") String certificateNumber,
        @Schema(description = "The case's id, only when the caller is its applicant (to open the case page)") UUID id) {}
