package org.onevisit.evaluation;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.application.Callers;
import org.onevisit.identity.Role;
import org.onevisit.platform.Ids;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** Rectification of bad reviews: the tasks, the callback to the applicant, the answer. */
@Path("/workbench/rectifications")
@Tag(name = "Evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.WINDOW, Role.Names.REVIEWER, Role.Names.APPROVER})
public class RectificationResource {

    private final EvaluationService evaluations;
    private final JsonWebToken jwt;

    public RectificationResource(EvaluationService evaluations, JsonWebToken jwt) {
        this.evaluations = evaluations;
        this.jwt = jwt;
    }

    @GET
        @Operation(summary = "Rectification tasks of bad reviews, earliest due first")
    @APIResponse(responseCode = "200", description = "A page of tasks, with how many are overdue")
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView.Page> tasks(
            @Parameter(schema = @Schema(implementation = Rectification.State.class)) @RestQuery String state,
            @Parameter(description = "Only open tasks past their due date", schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String overdue,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        Rectification.State s = params.enumeration("state", state, Rectification.State.class).orElse(null);
        boolean o = params.bool("overdue", overdue).orElse(false);
        int p = params.integer("page", page, 0, 0, 10_000);
        int n = params.integer("size", size, 20, 1, 100);
        params.check();
        return evaluations.tasks(s, o, p, n);
    }

    @POST
    @Path("/{id}/callback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the callback to the applicant (回访)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView.RectificationView> callback(@RestPath String id, EvaluationRequests.Callback callback,
                                                         @Context HttpServerRequest http) {
        return evaluations.callback(Callers.of(jwt, http), Ids.parse(id, "problem.not-found.rectification"), callback);
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a bad review: rectified or explained (again after an appeal, which closes it)")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed since read, or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluationView.RectificationView> respond(@RestPath String id, EvaluationRequests.Response response,
                                                        @Context HttpServerRequest http) {
        return evaluations.respond(Callers.of(jwt, http), Ids.parse(id, "problem.not-found.rectification"), response);
    }
}
