package org.onevisit.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The most-used items (常办事项) for the home page, from the cases of the last year. */
@Path("/stats/popular-items")
@Tag(name = "Statistics")
@PermitAll
public class PopularItemsResource {

    private final PopularItems popular;

    public PopularItemsResource(PopularItems popular) {
        this.popular = popular;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 300)
    @Operation(summary = "The items in force with the most applications in the last 365 days (catalogue order when there are none)")
    @APIResponse(responseCode = "200", description = "Items, most used first")
    @APIResponse(responseCode = "400", description = "limit is not a whole number from 1 to 20", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PopularItems.Answer> popular(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20")) @RestQuery String limit) {
        QueryParams params = new QueryParams();
        int n = params.integer("limit", limit, 6, 1, 20);
        params.check();
        return popular.top(n);
    }
}
