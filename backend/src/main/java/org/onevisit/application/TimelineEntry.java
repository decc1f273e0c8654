package org.onevisit.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One step of a case as the applicant and staff see it (the client address stays in the audit trail). */
public record TimelineEntry(OffsetDateTime at, String action, ApplicationState fromState, ApplicationState toState,
                            String actorName, String actorRole, String comment, JsonNode detail) {}
