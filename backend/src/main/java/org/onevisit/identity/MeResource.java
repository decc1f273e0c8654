package org.onevisit.identity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onevisit.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onevisit.identity.AuthDtos.PasswordChange;
import org.onevisit.identity.AuthDtos.TotpCode;
import org.onevisit.identity.AuthDtos.TotpEnrolment;

/** The caller's own account: details, password, second factor. */
@Path("/me")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    private final AuthService auth;
    private final TotpService totp;
    private final JsonWebToken jwt;

    public MeResource(AuthService auth, TotpService totp, JsonWebToken jwt) {
        this.auth = auth;
        this.totp = totp;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The caller's account; sessionRoles are the roles in force for this session")
    public Uni<AccountView> me() {
        return auth.me(caller()).map(view -> view.withSessionRoles(jwt.getGroups()));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password; every session ends")
    @APIResponse(responseCode = "204", description = "Changed; log in again")
    @APIResponse(responseCode = "400", description = "currentPassword wrong or newPassword too weak", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> changePassword(PasswordChange change, @Context HttpServerRequest http) {
        return auth.changePassword(caller(), change, Clients.of(http)).map(v -> Response.noContent().build());
    }

    @POST
    @Path("/totp")
    @Operation(summary = "Start enrolling a second factor (staff): a new secret for an authenticator app")
    public Uni<TotpEnrolment> enrol(@Context HttpServerRequest http) {
        return totp.enrol(caller(), Clients.of(http));
    }

    @POST
    @Path("/totp/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the second factor with a code from the app; later logins need a code")
    @APIResponse(responseCode = "204", description = "Enabled")
    @APIResponse(responseCode = "400", description = "Wrong code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already enabled, or enrolment not started", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> activate(TotpCode code, @Context HttpServerRequest http) {
        return totp.activate(caller(), code == null ? null : code.code(), Clients.of(http))
                .map(v -> Response.noContent().build());
    }

    private UUID caller() {
        return UUID.fromString(jwt.getSubject());
    }
}
