package org.onevisit.certificate;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;

/** The holder's certificates (我的证照) and their PDFs. */
@Path("/me/certificates")
@Tag(name = "Certificates")
@RolesAllowed({Role.Names.ENTERPRISE, Role.Names.CITIZEN})
public class MyCertificateResource {

    private final CertificateService certificates;
    private final JsonWebToken jwt;

    public MyCertificateResource(CertificateService certificates, JsonWebToken jwt) {
        this.certificates = certificates;
        this.jwt = jwt;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's certificates, newest first, with days left and the renewal item")
    @APIResponse(responseCode = "200", description = "The certificates")
    public Uni<List<CertificateViews.Summary>> mine() {
        return certificates.ofHolder(UUID.fromString(jwt.getSubject()));
    }

    @GET
    @Path("/{number}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate as a signed PDF with its verification QR code")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No such certificate of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> pdf(@RestPath String number) {
        return certificates.pdf(number, UUID.fromString(jwt.getSubject())).map(bytes -> Pdfs.attachment(bytes, number));
    }

    @GET
    @Path("/{number}/html")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate as a web page: the PDF's content, for reading on a phone or with a screen reader")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "No such certificate of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> html(@RestPath String number) {
        return certificates.html(number, UUID.fromString(jwt.getSubject())).map(Pdfs::page);
    }
}
