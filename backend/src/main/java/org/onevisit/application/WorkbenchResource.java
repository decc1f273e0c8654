package org.onevisit.application;

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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.onevisit.application.ApplicationRequests.StaffAction;
import org.onevisit.application.ApplicationRequests.Update;
import org.onevisit.application.ApplicationRequests.Visit;
import org.onevisit.application.ApplicationRequests.WalkIn;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The service centre's workbench: the queue, the case, the procedure's actions, walk-ins and visits. */
@Path("/workbench/applications")
@Tag(name = "Workbench")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.WINDOW, Role.Names.REVIEWER, Role.Names.APPROVER})
public class WorkbenchResource {

    private final WorkbenchService workbench;
    private final CaseFiles files;
    private final CaseNotices notices;
    private final JsonWebToken jwt;

    public WorkbenchResource(WorkbenchService workbench, CaseFiles files, CaseNotices notices, JsonWebToken jwt) {
        this.workbench = workbench;
        this.files = files;
        this.notices = notices;
        this.jwt = jwt;
    }

    @GET
    @Operation(summary = "The queue, most urgent first; without a state, every case still in the bureau's hands, "
            + "or with a search (q) every case staff may see, closed ones included")
    @APIResponse(responseCode = "200", description = "A page of the queue, with the size of each queue")
    @APIResponse(responseCode = "400", description = "A parameter is malformed; each one is named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationPage> queue(
            @Parameter(schema = @Schema(implementation = ApplicationState.class)) @RestQuery String state,
            @Parameter(description = "OVERDUE, SOON (≤ 2 working days left) or ON_TIME", schema = @Schema(implementation = ApplicationRepository.Due.class)) @RestQuery String due,
            @Parameter(description = "Item code", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) @RestQuery String item,
            @Parameter(description = "Case number, applicant's credit code, applicant name (start) or item name", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @RestQuery String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        ApplicationState s = params.enumeration("state", state, ApplicationState.class).orElse(null);
        ApplicationRepository.Due d = params.enumeration("due", due, ApplicationRepository.Due.class).orElse(null);
        String i = params.text("item", item, 64).orElse(null);
        String text = params.text("q", q, 100).orElse(null);
        int p = params.integer("page", page, 0, 0, 10_000);
        int n = params.integer("size", size, 20, 1, 100);
        params.check();
        return workbench.queue(s, d, i, text, p, n);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.WINDOW)
    @Operation(summary = "Register a walk-in application for an applicant who is present (counts as a visit)")
    @APIResponse(responseCode = "201", description = "The new draft, to be completed and submitted at the window", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "This window may not accept the item (not city-wide)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown applicant or item, or a malformed field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> walkIn(WalkIn request, @Context HttpServerRequest http) {
        return workbench.walkIn(Callers.of(jwt, http), request).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its form, materials, timeline and the actions the caller may take now")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> get(@RestPath String id) {
        return workbench.get(Callers.of(jwt, null), Callers.id(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.WINDOW)
    @Operation(summary = "Correct the form of a walk-in or postal case while it is a draft or awaits correction (online cases are the applicant's)")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such walk-in or postal case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No longer editable, or changed since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A malformed field, each named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> saveForm(@RestPath String id, Update request, @Context HttpServerRequest http) {
        return workbench.saveForm(Callers.of(jwt, http), Callers.id(id), request);
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case on: ACCEPT, NOT_ACCEPT, REQUEST_CORRECTION, RECOMMEND, APPROVE, DENY, DELIVER, "
            + "START_SPECIAL_PROCEDURE, END_SPECIAL_PROCEDURE (SUBMIT for a walk-in draft)")
    @APIResponse(responseCode = "200", description = "The case after the move")
    @APIResponse(responseCode = "400", description = "action or version missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The move belongs to another role, or to another window, or the caller recommended the case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not possible in this state, or the case changed since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A reason, correction list, waybill … is missing or wrong", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> act(@RestPath String id, StaffAction request, @Context HttpServerRequest http) {
        return workbench.act(Callers.of(jwt, http), Callers.id(id), request);
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.WINDOW)
    @Operation(summary = "Record an in-person visit; a second one needs a reason and counts as a breach of the promise")
    @APIResponse(responseCode = "200", description = "The case with the visit counted")
    @APIResponse(responseCode = "422", description = "A zero-visit item, or a second visit without a reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> visit(@RestPath String id, Visit request, @Context HttpServerRequest http) {
        return workbench.recordVisit(Callers.of(jwt, http), Callers.id(id), request);
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.Names.WINDOW)
    @Operation(summary = "Upload a material of a walk-in or postal case (the applicant uploads online cases)")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "404", description = "No such walk-in case", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an accepted type, or content and declared type differ", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> upload(@RestPath String id, @RestForm String materialCode,
                                @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                                @Context HttpServerRequest http) {
        return files.upload(Callers.of(jwt, http), Callers.id(id), materialCode, Callers.upload(file), WorkbenchService::walkInCase)
                .map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("/{id}/materials/{materialId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/ofd", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download (or preview) a material of a case")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "404", description = "No such case or material", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> download(@RestPath String id, @RestPath String materialId) {
        return files.download(Callers.id(id), Callers.materialId(materialId), WorkbenchService::found).map(Callers::file);
    }

    @GET
    @Path("/{id}/notices/{kind}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A printable notice: acceptance, non-acceptance, correction or decision")
    @APIResponse(responseCode = "200", description = "An HTML page with print styles, named <case number>-<notice title>.html (Content-Disposition inline)", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such case, or no such notice issued", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> notice(@RestPath String id, @RestPath String kind) {
        return notices.render(Callers.id(id), kind, WorkbenchService::found).map(CaseNotices.Page::response);
    }
}
