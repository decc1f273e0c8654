package org.onevisit.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

/** The rating scale, for the rating form. */
@Path("/evaluation/scale")
@Tag(name = "Evaluation")
@PermitAll
public class EvaluationScaleResource {

    private final EvaluationService evaluations;

    public EvaluationScaleResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 3600)
    @Operation(summary = "The rating scale: five grades with their labels, best first; the last two are bad reviews")
    @APIResponse(responseCode = "200", description = "The grades")
    public EvaluationView.Scale scale() {
        return evaluations.scale();
    }
}
