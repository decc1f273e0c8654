package org.onevisit.certificate;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.Clients;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/** Certificates on the workbench: the one issued for a case, its PDF, revocation. */
@Path("/workbench/certificates")
@Tag(name = "Certificates")
@RolesAllowed({Role.Names.WINDOW, Role.Names.REVIEWER, Role.Names.APPROVER})
public class WorkbenchCertificateResource {

    private final CertificateService certificates;
    private final JsonWebToken jwt;

    public WorkbenchCertificateResource(CertificateService certificates, JsonWebToken jwt) {
        this.certificates = certificates;
        this.jwt = jwt;
    }

    @GET
    @Path("/{number}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A certificate's PDF, e.g. to print it for a window pickup")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No such certificate", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> pdf(@RestPath String number) {
        return certificates.pdf(number, null).map(bytes -> Pdfs.attachment(bytes, number));
    }

    @GET
    @Path("/{number}/html")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "A certificate as a web page (the PDF's content)")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "No such certificate", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> html(@RestPath String number) {
        return certificates.html(number, null).map(Pdfs::page);
    }

    @POST
    @Path("/{number}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.APPROVER)
    @Operation(summary = "Revoke a certificate with a reason; its verification then says REVOKED")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such certificate", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CertificateViews.Summary> revoke(@RestPath String number, CertificateViews.Revoke request,
                                               @Context HttpServerRequest http) {
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        if (reason == null || reason.length() > 500) {
            throw ProblemException.unprocessable("invalid-revocation", List.of(reason == null
                    ? Violation.of("reason", "field.required") : Violation.of("reason", "field.too-long", 500)));
        }
        return certificates.revoke(number, reason, UUID.fromString(jwt.getSubject()), "STAFF:" + jwt.getName(),
                Clients.of(http).ip());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The certificate issued for a case, if any")
    @APIResponse(responseCode = "200", description = "Zero or one certificate")
    @APIResponse(responseCode = "400", description = "application missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<CertificateViews.Summary>> ofCase(@RestQuery String application) {
        UUID id;
        try {
            id = UUID.fromString(application == null ? "" : application.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(List.of(Violation.of("application", "param.uuid")));
        }
        return certificates.ofApplication(id);
    }
}
