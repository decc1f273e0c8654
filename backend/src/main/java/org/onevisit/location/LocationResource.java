package org.onevisit.location;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

/** Where applications are accepted. */
@Path("/locations")
@Tag(name = "Catalogue")
@PermitAll
public class LocationResource {

    private final LocationService locations;

    public LocationResource(LocationService locations) {
        this.locations = locations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 3600)
    @Operation(summary = "The service locations: the bureau's window accepts every item, the others city-wide items")
    public Uni<List<Location>> list() {
        return locations.all();
    }
}
