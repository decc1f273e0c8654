package org.onevisit.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The caller's messages (站内消息): a list with the unread count; the app polls the count. */
@Path("/me/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {

    private final NotificationService notifications;
    private final JsonWebToken jwt;

    public NotificationResource(NotificationService notifications, JsonWebToken jwt) {
        this.notifications = notifications;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The caller's messages, newest first")
    @APIResponse(responseCode = "200", description = "A page of messages")
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NotificationView.Page> list(
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String unread,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        boolean unreadOnly = params.bool("unread", unread).orElse(false);
        int p = params.integer("page", page, 0, 0, 10_000);
        int s = params.integer("size", size, 20, 1, 100);
        params.check();
        return notifications.page(caller(), unreadOnly, p, s);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many messages are unread (cheap: the app polls it)")
    public Uni<NotificationView.Unread> unreadCount() {
        return notifications.unread(caller()).map(NotificationView.Unread::new);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one message read")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "404", description = "No such message of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> read(@RestPath UUID id) {
        return notifications.markRead(caller(), id).map(v -> Response.noContent().build());
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every message read")
    @APIResponse(responseCode = "204", description = "Marked")
    public Uni<Response> readAll() {
        return notifications.markAllRead(caller()).map(v -> Response.noContent().build());
    }

    private UUID caller() {
        return UUID.fromString(jwt.getSubject());
    }
}
