package org.onevisit.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.platform.Problem;

/** The public service catalogue: list, search, guides and their printable form. */
@Path("/items")
@Tag(name = "Catalogue")
@PermitAll
public class ItemResource {

    private final CatalogService catalog;

    public ItemResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide(Guide guide, LocalDate printedOn);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "List and search the service items")
    @APIResponse(responseCode = "200", description = "A page of item summaries")
    @APIResponse(responseCode = "400", description = "A parameter is malformed; each one is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ItemPage> list(
            @Parameter(description = "Search in name, code, legal basis and material names",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @RestQuery String q,
            @Parameter(schema = @Schema(implementation = Guide.ItemType.class)) @RestQuery String type,
            @Parameter(description = "Only items needing no visit (零跑腿)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String zeroVisit,
            @Parameter(description = "Only items handled at any window in the city (全城通办)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String cityWide,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String online,
            @Parameter(description = "LEGAL_PERSON (enterprises) or NATURAL_PERSON (citizens)",
                    schema = @Schema(implementation = Guide.ServiceObject.class)) @RestQuery String serviceObject,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @RestQuery String page,
            @Parameter(description = "Page size",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @RestQuery String size) {
        ItemQuery query = ItemQuery.parse(q, type, zeroVisit, cityWide, online, serviceObject, page, size);
        return catalog.search(query);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "The whole service guide of one item")
    @APIResponse(responseCode = "200", description = "The guide in effect today")
    @APIResponse(responseCode = "404", description = "No item has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Guide> get(@RestPath String code) {
        return catalog.find(code);
    }

    @GET
    @Path("/{code}/guide")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The service guide as a printable A4 page")
    @APIResponse(responseCode = "200", description = "An HTML page with print styles")
    @APIResponse(responseCode = "404", description = "No item has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> printable(@RestPath String code) {
        return catalog.find(code).chain(g -> Templates.guide(g, LocalDate.now(CatalogService.ZONE)).createUni());
    }
}
