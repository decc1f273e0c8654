package org.onevisit.workday;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.identity.Clients;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;

/**
 * Calendar editing by the system administrator: confirms or corrects the State Council's calendar day by
 * day. Every edit is audited (CALENDAR_EDIT) and the calendar used for time limits is rebuilt.
 */
@Path("/admin/calendar/days")
@Tag(name = "Calendar")
@RolesAllowed(Role.Names.ADMIN)
public class AdminCalendarResource {

    private final CalendarService calendar;
    private final JsonWebToken jwt;

    public AdminCalendarResource(CalendarService calendar, JsonWebToken jwt) {
        this.calendar = calendar;
        this.jwt = jwt;
    }

    @PUT
    @Path("/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a weekday a holiday or a weekend day a working day (replacing what the day had; confirmed, not provisional)")
    @APIResponse(responseCode = "200", description = "The day as now recorded")
    @APIResponse(responseCode = "400", description = "The date, kind or name is missing or malformed; each one is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A holiday on a weekend or a working day on a weekday: it would change nothing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SpecialDay> put(
            @Parameter(description = "The day, yyyy-MM-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @RestPath String date,
            DayRequest request, @Context HttpServerRequest http) {
        return calendar.upsert(date, request, caller(), "STAFF:" + jwt.getName(), Clients.of(http).ip());
    }

    @DELETE
    @Path("/{date}")
    @Operation(summary = "Remove a day's exception: it becomes what its weekday makes it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The date is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The calendar has no exception on this day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(
            @Parameter(description = "The day, yyyy-MM-dd", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @RestPath String date,
            @Context HttpServerRequest http) {
        return calendar.delete(date, caller(), "STAFF:" + jwt.getName(), Clients.of(http).ip());
    }

    private UUID caller() {
        try {
            return jwt.getSubject() == null ? null : UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
