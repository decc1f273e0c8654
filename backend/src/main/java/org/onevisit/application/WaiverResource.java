package org.onevisit.application;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;

/** Waivers of the one-visit promise's steps: the window waives a visit, the reviewer a special procedure. */
@Path("/workbench/applications/{id}/waivers")
@Tag(name = "Workbench")
@Produces(MediaType.APPLICATION_JSON)
public class WaiverResource {

    private final Waivers waivers;
    private final JsonWebToken jwt;

    public WaiverResource(Waivers waivers, JsonWebToken jwt) {
        this.waivers = waivers;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.WINDOW, Role.Names.REVIEWER})
    @Operation(summary = "Waive the item's one visit (VISIT, window) or mark a special procedure not needed "
            + "(SPECIAL_PROCEDURE, reviewer), with a reason; written to the timeline and the audit trail")
    @APIResponse(responseCode = "200", description = "The case with the waiver", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "kind or version missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The waiver belongs to another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, closed case, a zero-visit item, a visit already made, "
            + "a procedure already started, or already waived", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Reason missing or too long, or no such special procedure", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> waive(@RestPath String id, ApplicationRequests.Waiver request, @Context HttpServerRequest http) {
        return waivers.waive(Callers.of(jwt, http), Callers.id(id), request);
    }
}
