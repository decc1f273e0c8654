package org.onevisit.application;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.AddressLimiter;
import org.onevisit.identity.Clients;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;

/** The public progress lookup of a case (办件查询), by number and check code; no login needed. */
@Path("/cases/lookup")
@Tag(name = "Applications")
@PermitAll
public class CaseLookupResource {

    private final CaseLookup lookup;
    private final AddressLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public CaseLookupResource(CaseLookup lookup, AddressLimiter limiter, CurrentIdentityAssociation identities) {
        this.lookup = lookup;
        this.limiter = limiter;
        this.identities = identities;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @NoCache
    @Operation(summary = "The progress of a case, for the holder of its number and check code (or its logged-in applicant, number alone)")
    @APIResponse(responseCode = "200", description = "Item, state, channel, dates and the result's number; nothing about the applicant")
    @APIResponse(responseCode = "400", description = "Number or code missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No case with this number and code (the same answer for both)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseProgress> lookup(@Parameter(description = "Case number, e.g. AJ-20261206-0001") @RestQuery String number,
                                    @Parameter(description = "Check code (查询码) of 6 letters and digits; not needed by the case's logged-in applicant") @RestQuery String code,
                                    @Context HttpServerRequest http) {
        limiter.checkCaseLookup(Clients.of(http).ip());
        return identities.getDeferredIdentity().chain(identity -> {
            UUID applicant = applicant(identity);
            CaseLookup.checkParameters(number, code, applicant != null);
            return lookup.find(number, code, applicant);
        });
    }

    /** The logged-in enterprise or citizen, if any (staff and visitors look up by code). */
    private static UUID applicant(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.hasRole(Role.Names.ENTERPRISE) || identity.hasRole(Role.Names.CITIZEN))
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        return UUID.fromString(token.getSubject());
    }
}
