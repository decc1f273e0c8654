package org.onevisit.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.catalog.CatalogService;
import org.onevisit.platform.Problem;
import org.onevisit.workday.CalendarService;

/** Public statistics (公开), computed from the data. */
@Path("/stats")
@Tag(name = "Statistics")
@PermitAll
public class StatsResource {

    private final CatalogService catalog;
    private final ServiceStatsService service;
    private final CalendarService calendars;

    public StatsResource(CatalogService catalog, ServiceStatsService service, CalendarService calendars) {
        this.catalog = catalog;
        this.service = service;
        this.calendars = calendars;
    }

    @GET
    @Path("/catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "Coverage of the reform over the service catalogue")
    public Uni<CatalogueStats> catalogue() {
        return catalog.current().map(c -> CatalogueStats.of(c.guides()));
    }

    @GET
    @Path("/service")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "How the bureau keeps its promises over a period: cases, timeliness, visits, corrections, satisfaction")
    @APIResponse(responseCode = "200", description = "The figures, computed from the data")
    @APIResponse(responseCode = "400", description = "A date is malformed, or the period is reversed or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ServiceStats> service(
            @Parameter(description = "First day (YYYY-MM-DD); by default 1 January of this year", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String from,
            @Parameter(description = "Last day (YYYY-MM-DD); by default today", schema = @Schema(type = SchemaType.STRING, format = "date")) @RestQuery String to) {
        StatsPeriod period = StatsPeriod.parse(from, to, calendars.today());
        return service.compute(period.from(), period.to());
    }

    @GET
    @Path("/service.csv")
    @Produces("text/csv")
    @Cache(maxAge = 60)
    @Operation(summary = "The same figures as CSV (UTF-8 with BOM, for spreadsheets)")
    @APIResponse(responseCode = "200", description = "A CSV file")
    @APIResponse(responseCode = "400", description = "A date is malformed, or the period is reversed or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> serviceCsv(@RestQuery String from, @RestQuery String to) {
        StatsPeriod period = StatsPeriod.parse(from, to, calendars.today());
        return service.compute(period.from(), period.to()).map(stats -> Response.ok(ServiceStatsCsv.write(stats))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"service-stats-" + period.from() + "-" + period.to() + ".csv\"")
                .build());
    }
}
