package org.onevisit.notice;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.onevisit.platform.Ids;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The bureau's published notices (通知公告), for everyone. */
@Path("/notices")
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NoticeResource {

    private final NoticeService notices;

    public NoticeResource(NoticeService notices) {
        this.notices = notices;
    }

    @GET
    @Cache(maxAge = 60)
    @Operation(summary = "Published notices, newest first")
    @APIResponse(responseCode = "200", description = "A page of notices")
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Page> list(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
                                      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        int p = params.integer("page", page, 0, 0, 10_000);
        int n = params.integer("size", size, 10, 1, 50);
        params.check();
        return notices.published(p, n);
    }

    @GET
    @Path("/{id}")
    @Cache(maxAge = 60)
    @Operation(summary = "A published notice, its text as paragraphs")
    @APIResponse(responseCode = "200", description = "The notice")
    @APIResponse(responseCode = "404", description = "No such published notice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NoticeViews.Detail> get(@RestPath String id) {
        return notices.publishedOne(Ids.parse(id, "problem.not-found.public-notice"));
    }
}
