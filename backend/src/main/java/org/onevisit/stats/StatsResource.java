package org.onevisit.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.onevisit.catalog.CatalogService;

/** Public statistics (公开), computed from the data. */
@Path("/stats")
@Tag(name = "Statistics")
@PermitAll
public class StatsResource {

    private final CatalogService catalog;

    public StatsResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 60)
    @Operation(summary = "Coverage of the reform over the service catalogue")
    public Uni<CatalogueStats> catalogue() {
        return catalog.current().map(c -> CatalogueStats.of(c.guides()));
    }
}
