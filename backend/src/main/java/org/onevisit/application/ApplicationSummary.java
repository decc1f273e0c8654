package org.onevisit.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case in a list: the applicant's "my applications" or the workbench queue. */
public record ApplicationSummary(UUID id, String number, ApplicationState state, long version, String itemCode,
                                 String itemName, String applicantName, Channel channel, OffsetDateTime createdAt,
                                 OffsetDateTime submittedAt, LocalDate dueDate, Integer remainingWorkingDays,
                                 Urgency urgency, boolean paused, boolean acceptanceOverdue, int corrections,
                                 int visits) {}
