package org.onevisit.workday;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The public working-day calendar: which weekdays are off and which weekend days are worked. */
@Path("/calendar")
@Tag(name = "Calendar")
@PermitAll
public class CalendarResource {

    private final CalendarService calendar;

    public CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The working-day calendar of a year: its exceptions to Monday-Friday and its number of working days")
    @APIResponse(responseCode = "200", description = "The year's statutory holidays on weekdays (HOLIDAY) and weekend "
            + "working days (WORKDAY); a year without data counts as plain Monday-Friday")
    @APIResponse(responseCode = "400", description = "The year is not a number between 2000 and 2100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<YearCalendar> year(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @RestPath String year) {
        QueryParams params = new QueryParams();
        int y = params.integer("year", year, 0, CalendarService.MIN_YEAR, CalendarService.MAX_YEAR);
        params.check();
        return calendar.year(y);
    }
}
