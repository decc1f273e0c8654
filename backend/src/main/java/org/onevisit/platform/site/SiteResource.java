package org.onevisit.platform.site;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

/** The site's identity (footer): configuration, the same for everyone. */
@Path("/site")
@Tag(name = "Site")
@PermitAll
public class SiteResource {

    private final SiteView site;

    public SiteResource(SiteConfig config) {
        this.site = SiteView.of(config);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Cache(maxAge = 3600)
    @Operation(summary = "The site's identity: government website ID, ICP and public-security filings, organiser, contact, site map")
    @APIResponse(responseCode = "200", description = "The site's identity")
    public SiteView site() {
        return site;
    }
}
