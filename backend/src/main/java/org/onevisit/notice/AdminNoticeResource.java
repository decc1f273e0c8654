package org.onevisit.notice;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.identity.Clients;
import org.onevisit.identity.Role;
import org.onevisit.platform.Ids;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The system administrator writes, publishes and withdraws notices; every change is audited. */
@Path("/admin/notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@NoCache
public class AdminNoticeResource {

    private final NoticeService notices;
    private final JsonWebToken jwt;

    public AdminNoticeResource(NoticeService notices, JsonWebToken jwt) {
        this.notices = notices;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "All notices, drafts included, last changed first")
    @APIResponse(responseCode = "200", description = "A page of notices")
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.AdminPage> list(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
                                           @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        int p = params.integer("page", page, 0, 0, 10_000);
        int n = params.integer("size", size, 20, 1, 100);
        params.check();
        return notices.all(p, n);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notice, draft or published")
    @APIResponse(responseCode = "200", description = "The notice")
    @APIResponse(responseCode = "404", description = "No such notice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Admin> get(@RestPath String id) {
        return notices.one(id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new notice (a draft until published)")
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeViews.Admin.class)))
    @APIResponse(responseCode = "422", description = "Title or body missing, too long or with control characters (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(NoticeRequests.Write request, @Context HttpServerRequest http) {
        return notices.create(request, actor(http)).map(n -> Response.status(201).entity(n).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a notice's title and text (a published one shows the new text at once)")
    @APIResponse(responseCode = "200", description = "The notice as saved")
    @APIResponse(responseCode = "404", description = "No such notice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Title or body missing, too long or with control characters (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Admin> update(@RestPath String id, NoticeRequests.Write request, @Context HttpServerRequest http) {
        return notices.update(id(id), request, actor(http));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a notice (dated now)")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "No such notice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Admin> publish(@RestPath String id, @Context HttpServerRequest http) {
        return notices.publish(id(id), actor(http));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Withdraw a published notice (it becomes a draft again)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such notice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Admin> unpublish(@RestPath String id, @Context HttpServerRequest http) {
        return notices.unpublish(id(id), actor(http));
    }

    private static UUID id(String raw) {
        return Ids.parse(raw, "problem.not-found.public-notice");
    }

    private NoticeService.Actor actor(HttpServerRequest http) {
        return new NoticeService.Actor(UUID.fromString(jwt.getSubject()), "STAFF:" + jwt.getName(), Clients.of(http).ip());
    }
}
