package org.onevisit.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.AddressLimiter;
import org.onevisit.identity.Clients;
import org.onevisit.platform.Problem;

/** Public verification of electronic certificates (no login). */
@Path("/certificates")
@Tag(name = "Certificates")
@PermitAll
public class CertificateResource {

    private final CertificateService certificates;
    private final AddressLimiter limiter;

    public CertificateResource(CertificateService certificates, AddressLimiter limiter) {
        this.certificates = certificates;
        this.limiter = limiter;
    }

    @GET
    @Path("/{number}/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate by its number (and the signature code of the document in hand)")
    @APIResponse(responseCode = "200", description = "The register's facts, the status and whether the signature holds")
    @APIResponse(responseCode = "404", description = "No certificate has this number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CertificateViews.Verification> verify(@RestPath String number,
                                                     @Parameter(description = "The signature code from the document's QR link") @RestQuery String s,
                                                     @Context HttpServerRequest http) {
        limiter.checkLookup(Clients.of(http).ip());
        return certificates.verify(number, s == null || s.isBlank() ? null : s.trim());
    }
}
