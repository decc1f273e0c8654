package org.onevisit.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;
import org.onevisit.workday.CalendarService;

/**
 * The staff dashboard: the public figures per office and per officer. Only for the roles that handle cases
 * (least privilege: inspectors and the three administrators do not see case work, 三员分立).
 */
@Path("/workbench")
@Tag(name = "Statistics")
@RolesAllowed({Role.Names.WINDOW, Role.Names.REVIEWER, Role.Names.APPROVER})
public class WorkbenchStatsResource {

    private final StaffStatsService service;
    private final CalendarService calendars;

    public WorkbenchStatsResource(StaffStatsService service, CalendarService calendars) {
        this.service = service;
        this.calendars = calendars;
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service figures of a period per office and per officer (cases attributed to the office "
            + "and the officer that accepted them), with each officer's steps")
    @APIResponse(responseCode = "200", description = "The figures, computed from the data")
    @APIResponse(responseCode = "400", description = "A date is malformed, or the period is reversed or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StaffStats> stats(
            @Parameter(description = "First day (YYYY-MM-DD); by default 1 January of this year", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String from,
            @Parameter(description = "Last day (YYYY-MM-DD); by default today", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String to) {
        StatsPeriod period = StatsPeriod.parse(from, to, calendars.today());
        return service.compute(period.from(), period.to());
    }

    @GET
    @Path("/stats.csv")
    @Produces("text/csv")
    @Operation(summary = "The same figures as CSV (UTF-8 with BOM, for spreadsheets)")
    @APIResponse(responseCode = "200", description = "A CSV file")
    @APIResponse(responseCode = "400", description = "A date is malformed, or the period is reversed or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> statsCsv(
            @Parameter(description = "First day (YYYY-MM-DD); by default 1 January of this year", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String from,
            @Parameter(description = "Last day (YYYY-MM-DD); by default today", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String to) {
        StatsPeriod period = StatsPeriod.parse(from, to, calendars.today());
        return service.compute(period.from(), period.to()).map(stats -> Response.ok(StaffStatsCsv.write(stats))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"staff-stats-" + period.from() + "-" + period.to() + ".csv\"")
                .build());
    }
}
