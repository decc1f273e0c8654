package org.onevisit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case (办件): one application for one item, from draft to its end. Responses use {@link ApplicationView}. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    public String number;

    @Column(name = "applicant_id")
    public UUID applicantId;

    @Column(name = "applicant_name")
    public String applicantName;

    @Column(name = "applicant_identifier")
    public String applicantIdentifier;

    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "item_version")
    public int itemVersion;

    @Column(name = "item_name")
    public String itemName;

    @Enumerated(EnumType.STRING)
    public ApplicationState state;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "location_code")
    public String locationCode;

    /** The form's values as a JSON object (text, read and written with the application's ObjectMapper). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_data")
    public String formData;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "clock_start")
    public LocalDate clockStart;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "accepted_late")
    public boolean acceptedLate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "statutory_due_date")
    public LocalDate statutoryDueDate;

    @Column(name = "paused_since")
    public LocalDate pausedSince;

    @Column(name = "pause_reason")
    public String pauseReason;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    public String remedies;

    /** The decision letter's document number (文号), given when the case is decided ({@link DecisionNumbers}). */
    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "delivery_method")
    public String deliveryMethod;

    @Column(name = "waybill_number")
    public String waybillNumber;

    @Column(name = "delivery_address")
    public String deliveryAddress;

    /** To whom a result by post goes, and their mobile (the applicant's choice; staff may change it with a reason). */
    @Column(name = "delivery_recipient")
    public String deliveryRecipient;

    @Column(name = "delivery_mobile")
    public String deliveryMobile;

    @Column(name = "delivery_postcode")
    public String deliveryPostcode;

    /** Why the staff delivered otherwise than the applicant chose. */
    @Column(name = "delivery_change_reason")
    public String deliveryChangeReason;

    @Column(name = "dispatched_at")
    public OffsetDateTime dispatchedAt;

    @Column(name = "signed_for_at")
    public OffsetDateTime signedForAt;

    public int visits;

    @Column(name = "visit_breaches")
    public int visitBreaches;

    public int corrections;

    /** The last one-time correction notice as a JSON array of {@link CorrectionItem}. */
    @Column(name = "correction_items")
    public String correctionItems;

    @Column(name = "correction_requested_at")
    public OffsetDateTime correctionRequestedAt;

    @Column(name = "correction_comment")
    public String correctionComment;

    /** The check code (查询码) that, with the number, opens the public progress lookup; only the applicant sees it. */
    @Column(name = "check_code")
    public String checkCode;

    @Version
    public long version;
}
