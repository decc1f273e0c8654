package org.onevisit.application;

/** What someone does to a case: the applicant's moves and the staff's workbench actions. */
public enum Action {
    // the applicant's
    SUBMIT, RESUBMIT, WITHDRAW,
    // the staff's (POST /api/workbench/applications/{id}/actions)
    ACCEPT, NOT_ACCEPT, REQUEST_CORRECTION, RECOMMEND, APPROVE, DENY, DISPATCH, DELIVER,
    START_SPECIAL_PROCEDURE, END_SPECIAL_PROCEDURE
}
