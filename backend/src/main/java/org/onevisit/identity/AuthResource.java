package org.onevisit.identity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
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
import org.onevisit.identity.AuthDtos.LoginRequest;
import org.onevisit.identity.AuthDtos.LogoutRequest;
import org.onevisit.identity.AuthDtos.RefreshRequest;
import org.onevisit.identity.AuthDtos.RegisterRequest;
import org.onevisit.identity.AuthDtos.TokenResponse;

/** Sign-up, login, token refresh and logout. */
@Path("/auth")
@Tag(name = "Identity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final JsonWebToken jwt;

    public AuthResource(AuthService auth, JsonWebToken jwt) {
        this.auth = auth;
        this.jwt = jwt;
    }

    @POST
    @Path("/register")
    @PermitAll
    @Operation(summary = "Self-service sign-up of an enterprise or a citizen")
    @APIResponse(responseCode = "201", description = "The new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Fields named in errors", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account or mobile exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(RegisterRequest request, @Context HttpServerRequest http) {
        return auth.register(request, Clients.of(http))
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in; staff with a second factor add the one-time code as totp")
    @APIResponse(responseCode = "200", description = "Tokens")
    @APIResponse(responseCode = "400", description = "Username or password missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "invalid-credentials, mfa-required or mfa-invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> login(LoginRequest request, @Context HttpServerRequest http) {
        return auth.login(request, Clients.of(http));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Exchange a refresh token for new tokens (each refresh token works once)")
    @APIResponse(responseCode = "200", description = "New tokens")
    @APIResponse(responseCode = "401", description = "invalid-token: unknown, expired, revoked or spent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> refresh(RefreshRequest request, @Context HttpServerRequest http) {
        return auth.refresh(request == null ? null : request.refreshToken(), Clients.of(http));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "End the session: its tokens stop working")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Uni<Response> logout(LogoutRequest request, @Context HttpServerRequest http) {
        String session = jwt.getClaim(TokenService.SESSION_CLAIM);
        return auth.logout(UUID.fromString(jwt.getSubject()), session, request == null ? null : request.refreshToken(),
                Clients.of(http)).map(v -> Response.noContent().build());
    }
}
