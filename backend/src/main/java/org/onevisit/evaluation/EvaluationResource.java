package org.onevisit.evaluation;

import com.fasterxml.jackson.databind.node.NullNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The applicant's rating of a case (好差评) and their appeal of the bureau's answer. */
@Path("/applications/{id}/evaluation")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService evaluations;
    private final JsonWebToken jwt;

    public EvaluationResource(EvaluationService evaluations, JsonWebToken jwt) {
        this.evaluations = evaluations;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ENTERPRISE, Role.Names.CITIZEN})
    @Operation(summary = "Rate a case once, after it ended (completed, not accepted or denied)")
    @APIResponse(responseCode = "201", description = "Rated; a bad rating opens a rectification task", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such case of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already rated, or not ended yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Grade missing or out of 1–5, unknown dimension, comment too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rate(@RestPath String id, EvaluationRequests.Rating rating, @Context HttpServerRequest http) {
        return evaluations.rate(Callers.of(jwt, http), Callers.id(id), rating, false)
                .map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @RolesAllowed({Role.Names.ENTERPRISE, Role.Names.CITIZEN})
    @Operation(summary = "The caller's rating of a case, with the bureau's answer to a bad one")
    @APIResponse(responseCode = "200", description = "The rating, or null when the case is not rated (yet): asking is normal, not an error",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class, nullable = true)))
    @APIResponse(responseCode = "404", description = "No such case of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath String id) {
        return evaluations.get(Callers.of(jwt, null), Callers.id(id))
                .map(view -> Response.ok(view == null ? NullNode.getInstance() : view, MediaType.APPLICATION_JSON).build());
    }

    @POST
    @Path("/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ENTERPRISE, Role.Names.CITIZEN})
    @Operation(summary = "Appeal the bureau's answer to a bad rating (once)")
    @APIResponse(responseCode = "200", description = "Appealed")
    @APIResponse(responseCode = "404", description = "No such case, rating or task of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not answered yet, or already appealed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView> appeal(@RestPath String id, EvaluationRequests.Appeal appeal, @Context HttpServerRequest http) {
        return evaluations.appeal(Callers.of(jwt, http), Callers.id(id), appeal);
    }
}
