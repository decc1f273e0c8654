package org.onevisit.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.catalog.Guide;

/** Request bodies of the application and workbench endpoints. */
public final class ApplicationRequests {

    private ApplicationRequests() {
    }

    @Schema(name = "NewApplication")
    public record NewApplication(@Schema(required = true) String itemCode,
                                 @Schema(description = "Fields the account knows (unit name, credit code …) are filled in unless given here") ObjectNode formData,
                                 DeliveryChoice delivery) {}

    @Schema(name = "ApplicationUpdate", description = "Saves the form of a draft or of a case sent back for correction")
    public record Update(ObjectNode formData, @Schema(description = "The version last read (409 if changed since)") Long version,
                         @Schema(description = "The delivery chosen; absent: unchanged") DeliveryChoice delivery) {}

    @Schema(name = "DeliveryChoice", description = "How the applicant wants the result: one of the methods the guide offers; "
            + "POST needs address, recipient and mobile; WINDOW pickup is the one visit")
    public record DeliveryChoice(@Schema(required = true) Guide.Delivery method, String address, String recipient,
                                 String mobile, @Schema(description = "Six digits") String postcode) {}

    @Schema(name = "ApplicantMove", description = "Submit, resubmit or withdraw; version optional")
    public record ApplicantMove(Long version, String comment) {}

    @Schema(name = "DeliveryRequest", description = "Absent fields are the applicant's choice; POST needs a waybill number; "
            + "WINDOW (pickup) counts a visit; a method or address other than the applicant's needs changeReason")
    public record Delivery(@Schema(description = "Default: the applicant's choice") Guide.Delivery method, String waybillNumber,
                           String address, String recipient, String mobile, String postcode,
                           @Schema(description = "Why the result goes otherwise than the applicant chose") String changeReason) {}

    @Schema(name = "StaffAction")
    public record StaffAction(
            @Schema(required = true) Action action,
            @Schema(description = "Reason or note; required for NOT_ACCEPT, DENY and START_SPECIAL_PROCEDURE") String comment,
            @Schema(required = true, description = "The version last read: a stale one gets 409") Long version,
            @Schema(description = "REQUEST_CORRECTION: everything missing or defective, at once") List<CorrectionItem> correctionItems,
            @Schema(description = "A second REQUEST_CORRECTION on the same case: why") String reason,
            @Schema(description = "DENY: the remedies open to the applicant (reconsideration, litigation)") String remedies,
            @Schema(description = "ACCEPT of an immediate item (即办件): approve at once") Boolean approveNow,
            @Schema(description = "START_SPECIAL_PROCEDURE: which one (site inspection, expert review, hearing …)") String specialProcedure,
            @Schema(description = "DELIVER: how the result reaches the applicant") Delivery delivery,
            @Schema(description = "DELIVER by WINDOW when the applicant already visited: why a second visit") String visitReason) {}

    @Schema(name = "WalkInApplication", description = "A window officer registers an application for an applicant who is present")
    public record WalkIn(@Schema(required = true) String itemCode,
                         @Schema(required = true, description = "Credit code or ID number of a registered applicant") String applicant,
                         @Schema(description = "WINDOW (default) or POST") Channel channel,
                         ObjectNode formData) {}

    @Schema(name = "VisitRequest")
    public record Visit(@Schema(required = true) ApplicationVisit.Purpose purpose,
                        @Schema(description = "Required when the applicant has already visited for this case") String reason) {}

    @Schema(name = "WaiverRequest", description = "VISIT (window): the item's one visit is waived for this case; "
            + "SPECIAL_PROCEDURE (reviewer): the named special procedure of the guide is not needed for this case")
    public record Waiver(@Schema(required = true) ApplicationWaiver.Kind kind,
                         @Schema(description = "SPECIAL_PROCEDURE: the procedure's name as the guide lists it") String procedure,
                         @Schema(required = true, maxLength = 500, description = "Why (e.g. originals checked against the "
                                 + "electronic licence register)") String reason,
                         @Schema(required = true, description = "The version last read: a stale one gets 409") Long version) {}
}
