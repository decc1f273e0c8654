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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The public service catalogue: list, search, guides and their printable form. */
@Path("/api/items")
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
    public Uni<ItemPage> list(
            @Parameter(description = "Search in name, code, legal basis and material names") @RestQuery String q,
            @Parameter(description = "LICENSING, REVIEW_AND_FORWARD or OTHER") @RestQuery String type,
            @Parameter(description = "true or false") @RestQuery String zeroVisit,
            @Parameter(description = "true or false") @RestQuery String cityWide,
            @Parameter(description = "true or false") @RestQuery String online,
            @Parameter(description = "LEGAL_PERSON (enterprises) or NATURAL_PERSON (citizens)") @RestQuery String serviceObject,
            @Parameter(description = "Page number, from 0") @RestQuery String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RestQuery String size) {
        ItemQuery query = ItemQuery.parse(q, type, zeroVisit, cityWide, online, serviceObject, page, size);
        return catalog.search(query);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "The whole service guide of one item")
    public Uni<Guide> get(@RestPath String code) {
        return catalog.find(code);
    }

    @GET
    @Path("/{code}/guide")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The service guide as a printable A4 page")
    public Uni<TemplateInstance> printable(@RestPath String code) {
        return catalog.find(code).map(g -> Templates.guide(g, LocalDate.now(CatalogService.ZONE)));
    }
}
