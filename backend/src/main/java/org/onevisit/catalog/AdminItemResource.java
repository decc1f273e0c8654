package org.onevisit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.onevisit.identity.Role;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** Catalogue editing by the system administrator: each edit publishes a new, validated version. */
@Path("/admin/items")
@Tag(name = "Catalogue")
@RolesAllowed(Role.Names.ADMIN)
public class AdminItemResource {

    private final CatalogService catalog;
    private final JsonWebToken jwt;

    public AdminItemResource(CatalogService catalog, JsonWebToken jwt) {
        this.catalog = catalog;
        this.jwt = jwt;
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of an item's guide (version higher than the last; validated)")
    @RequestBody(content = @Content(schema = @Schema(implementation = Guide.class)))
    public Uni<Guide> publish(@RestPath String code, JsonNode body) {
        Guide guide;
        try {
            guide = catalog.read(body == null ? "null" : body.toString());
        } catch (IOException e) {
            throw new ProblemException(400, "malformed-body", "problem.malformed-body.detail", List.of(), List.of());
        }
        if (guide == null || !code.equals(guide.code())) {
            throw ProblemException.badRequest(List.of(Violation.of("code", "guide.code.path")));
        }
        return catalog.publish(guide, "STAFF:" + jwt.getName());
    }
}
