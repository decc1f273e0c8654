package org.onevisit.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.catalog.Guide;

/** A whole case, as its applicant and the staff handling it see it. */
public record ApplicationView(
        UUID id,
        String number,
        ApplicationState state,
        long version,
        String itemCode,
        int itemVersion,
        String itemName,
        Guide.ProcessKind itemKind,
        boolean zeroVisit,
        boolean cityWide,
        Channel channel,
        String locationCode,
        Applicant applicant,
        JsonNode formData,
        List<MaterialView> materials,
        @Schema(description = "Materials taken from a register instead of an upload (数据多跑路)") List<RetrievalView> retrievals,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime acceptedAt,
        OffsetDateTime decidedAt,
        OffsetDateTime completedAt,
        Deadline deadline,
        @Schema(description = "Due date of the promised limit (working days from acceptance, pauses added)") LocalDate dueDate,
        @Schema(description = "Working days left; negative when overdue; null before acceptance or after the decision") Integer remainingWorkingDays,
        @Schema(description = "Visits to a window so far; the promise is at most the guide's number") int visits,
        int visitBreaches,
        List<VisitView> visitLog,
        int corrections,
        Correction correction,
        Decision decision,
        DeliveryView delivery,
        List<TimelineEntry> timeline,
        @Schema(description = "What the caller may do now") List<Action> availableActions,
        @Schema(description = "Printable notices issued for this case") List<NoticeKind> notices,
        @Schema(description = "The one-visit promise: when the visit happens, what to bring, whether it was recorded or "
                + "waived, and the special procedures the law requires") VisitPromise.View visitPromise,
        @Schema(description = "Steps of the promise waived for this case, with the reason") List<WaiverView> waivers,

        @Schema(description = "Check code (查询码) of the public progress lookup; shown to the applicant only, null for staff") String checkCode) {

    /** The applicant, with the ID number masked. */
    @Schema(name = "CaseApplicant")
    public record Applicant(UUID id, String name, String identifier) {}

    /** The time limit: promised and statutory due dates, the clock's pauses and the 5-day acceptance rule. */
    @Schema(name = "CaseDeadline")
    public record Deadline(
            int promisedDays,
            Integer statutoryDays,
            LocalDate clockStart,
            LocalDate dueDate,
            LocalDate statutoryDueDate,
            Integer remainingWorkingDays,
            Urgency urgency,
            boolean paused,
            String pauseReason,
            @Schema(description = "Submitted and not accepted, refused or sent back within 5 working days (law, art. 32)") boolean acceptanceOverdue,
            @Schema(description = "Accepted after 5 working days: the clock counts from receipt") boolean acceptedLate) {}

    /** The open one-time correction notice. */
    @Schema(name = "CaseCorrection")
    public record Correction(List<CorrectionItem> items, String comment) {}

    @Schema(name = "CaseDecision")
    public record Decision(ApplicationState outcome, String reason, String remedies,
                           @Schema(description = "The decision letter's document number (文号), e.g. 慈安监许〔2026〕12号") String number) {}

    @Schema(name = "CaseDelivery", description = "The applicant's choice until the result goes out, then how it went")
    public record DeliveryView(Guide.Delivery method, String waybillNumber, String address, OffsetDateTime dispatchedAt,
                               OffsetDateTime signedForAt, String recipient,
                               @Schema(description = "Masked for readers who do not post the result") String mobile,
                               String postcode,
                               @Schema(description = "Why the staff delivered otherwise than the applicant chose") String changeReason) {}
}
