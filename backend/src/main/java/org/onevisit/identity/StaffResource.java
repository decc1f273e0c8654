package org.onevisit.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.AuthDtos.RolesRequest;
import org.onevisit.identity.AuthDtos.StaffRequest;
import org.onevisit.platform.Ids;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.QueryParams;

/** Staff accounts: created and given roles by the security administrator (三员分立). */
@Path("/staff")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECURITY_ADMIN)
public class StaffResource {

    private final StaffService staff;
    private final JsonWebToken jwt;

    public StaffResource(StaffService staff, JsonWebToken jwt) {
        this.staff = staff;
        this.jwt = jwt;
    }

    public record StaffPage(List<AccountView> items, long total, int page, int size) {}

    @GET
    @Operation(summary = "Staff accounts (mobiles masked)")
    public Uni<StaffPage> list(@RestQuery String page, @RestQuery String size) {
        QueryParams params = new QueryParams();
        int p = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int s = params.integer("size", size, 20, 1, 100);
        params.check();
        return staff.list(p, s).chain(items -> staff.count().map(total -> new StaffPage(items, total, p, s)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account")
    public Uni<Response> create(StaffRequest request, @Context HttpServerRequest http) {
        return staff.create(request, caller(), callerName(), Clients.of(http))
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a staff member's roles (never one's own; never two administrator roles)")
    public Uni<AccountView> setRoles(@RestPath String id, RolesRequest request, @Context HttpServerRequest http) {
        return staff.setRoles(uuid(id), request == null ? null : request.roles(), caller(), callerName(), Clients.of(http));
    }

    @DELETE
    @Path("/{id}/totp")
    @Operation(summary = "Reset a staff member's second factor (lost phone): they enrol again at next login")
    public Uni<Response> resetTotp(@RestPath String id, @Context HttpServerRequest http) {
        return staff.resetTotp(uuid(id), caller(), callerName(), Clients.of(http)).map(v -> Response.noContent().build());
    }

    private UUID caller() {
        return UUID.fromString(jwt.getSubject());
    }

    private String callerName() {
        return "STAFF:" + jwt.getName();
    }

    static UUID uuid(String id) {
        return Ids.parse(id, "problem.not-found.account");
    }
}
