package org.onevisit.application;

import java.util.EnumSet;
import java.util.Set;

/** Where a case (办件) stands in its procedure. */
public enum ApplicationState {
    DRAFT, SUBMITTED, CORRECTION_REQUIRED, UNDER_REVIEW, PENDING_DECISION, APPROVED, COMPLETED,
    NOT_ACCEPTED, DENIED, WITHDRAWN;

    /** States from which nothing more happens. */
    public static final Set<ApplicationState> FINAL = EnumSet.of(COMPLETED, NOT_ACCEPTED, DENIED, WITHDRAWN);

    /** States before a decision, from which the applicant may still withdraw. */
    public static final Set<ApplicationState> UNDECIDED = EnumSet.of(DRAFT, SUBMITTED, CORRECTION_REQUIRED,
            UNDER_REVIEW, PENDING_DECISION);
}
