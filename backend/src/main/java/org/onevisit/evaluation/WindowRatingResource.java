package org.onevisit.evaluation;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.application.Callers;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;

/** A walk-in applicant's rating, given on the spot and recorded by the window officer. */
@Path("/workbench/applications/{id}/evaluation")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.WINDOW)
public class WindowRatingResource {

    private final EvaluationService evaluations;
    private final JsonWebToken jwt;

    public WindowRatingResource(EvaluationService evaluations, JsonWebToken jwt) {
        this.evaluations = evaluations;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the rating a walk-in applicant gives on the spot (the case's one rating)")
    @APIResponse(responseCode = "201", description = "Rated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such walk-in case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already rated, or not ended yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rate(@RestPath String id, EvaluationRequests.Rating rating, @Context HttpServerRequest http) {
        return evaluations.rate(Callers.of(jwt, http), Callers.id(id), rating, true)
                .map(view -> Response.status(201).entity(view).build());
    }
}
