package org.onevisit.catalog;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.catalog.GuideDocuments.Kind;
import org.onevisit.platform.Problem;
import org.onevisit.platform.storage.SafeFileName;

/** The blank application form and its filled sample that a guide lists, as PDFs anyone may download. */
@Path("/items")
@Tag(name = "Catalogue")
@PermitAll
public class ItemDocumentResource {

    /** A guide version's documents never change; an hour keeps a new version's from waiting long. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    private final CatalogService catalog;
    private final GuideDocuments documents;

    public ItemDocumentResource(CatalogService catalog, GuideDocuments documents) {
        this.catalog = catalog;
        this.documents = documents;
    }

    @GET
    @Path("/{code}/documents/application-form.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The item's blank application form (申请书), generated from its form definition")
    @APIResponse(responseCode = "200", description = "A PDF: every field with room to write, the materials checklist, signature and date",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No item has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The server lacks the Chinese font PDFs are printed with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> applicationForm(@RestPath String code, @Context Request request) {
        return document(code, Kind.APPLICATION_FORM, request);
    }

    @GET
    @Path("/{code}/documents/filled-sample.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The application form filled with example values (填写样例)")
    @APIResponse(responseCode = "200", description = "A PDF marked 填写样例 / SAMPLE", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No item has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The server lacks the Chinese font PDFs are printed with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> filledSample(@RestPath String code, @Context Request request) {
        return document(code, Kind.FILLED_SAMPLE, request);
    }

    private Uni<Response> document(String code, Kind kind, Request request) {
        return catalog.find(code).chain(guide -> {
            EntityTag etag = new EntityTag(GuideDocuments.tag(guide, kind));
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
            if (unchanged != null) {
                return Uni.createFrom().item(unchanged.header("Cache-Control", CACHE_CONTROL).build());
            }
            // Rendering takes a fraction of a second (the first one, loading the font, longer): not on the event loop.
            return Uni.createFrom().item(() -> documents.pdf(guide, kind))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .map(pdf -> Response.ok(pdf, "application/pdf")
                            .tag(etag)
                            .header("Cache-Control", CACHE_CONTROL)
                            .header("Content-Disposition", SafeFileName.contentDisposition(GuideDocuments.fileName(guide, kind)))
                            .build());
        });
    }
}
