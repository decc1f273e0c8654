package org.onevisit.certificate;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.platform.Problem;
import org.onevisit.platform.storage.SafeFileName;

/** The result sample (结果样本) a guide lists, for anyone reading the guide. */
@Path("/items/{code}/documents/result-sample.pdf")
@Tag(name = "Catalog")
@PermitAll
public class ResultSampleResource {

    private final ResultSamples samples;

    public ResultSampleResource(ResultSamples samples) {
        this.samples = samples;
    }

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The item's result as a marked sample (样本): its certificate type with sample data, nothing that verifies")
    @APIResponse(responseCode = "200", description = "The sample PDF")
    @APIResponse(responseCode = "404", description = "No such item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> sample(@RestPath String code) {
        return samples.pdf(code).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", SafeFileName.contentDisposition(code + "-result-sample.pdf"))
                .header("Cache-Control", "public, max-age=3600")
                .build());
    }
}
