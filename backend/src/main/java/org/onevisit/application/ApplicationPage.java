package org.onevisit.application;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of cases; for the workbench also the size of each queue. */
public record ApplicationPage(List<ApplicationSummary> items, long total, int page, int size,
                              @Schema(description = "Workbench only: cases per state and 'OVERDUE'") Map<String, Long> counts) {}
