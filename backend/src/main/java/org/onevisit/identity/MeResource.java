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
    @Operation(summary = "The caller's account")
    public Uni<AccountView> me() {
        return auth.me(caller());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password; every session ends")
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
    public Uni<Response> activate(TotpCode code, @Context HttpServerRequest http) {
        return totp.activate(caller(), code == null ? null : code.code(), Clients.of(http))
                .map(v -> Response.noContent().build());
    }

    private UUID caller() {
        return UUID.fromString(jwt.getSubject());
    }
}
