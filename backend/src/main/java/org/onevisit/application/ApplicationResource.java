package org.onevisit.application;

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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.onevisit.application.ApplicationRequests.ApplicantMove;
import org.onevisit.application.ApplicationRequests.NewApplication;
import org.onevisit.application.ApplicationRequests.Update;
import org.onevisit.identity.Role;
import org.onevisit.platform.Problem;
import org.onevisit.platform.QueryParams;

/** The applicant's cases: drafts, materials, submission, correction, withdrawal, notices. */
@Path("/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ENTERPRISE, Role.Names.CITIZEN})
public class ApplicationResource {

    private final ApplicantService applicants;
    private final CaseFiles files;
    private final CaseNotices notices;
    private final Retrievals retrievals;
    private final JsonWebToken jwt;

    public ApplicationResource(ApplicantService applicants, CaseFiles files, CaseNotices notices, Retrievals retrievals,
                               JsonWebToken jwt) {
        this.applicants = applicants;
        this.files = files;
        this.notices = notices;
        this.retrievals = retrievals;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an application (a draft) for an item; Idempotency-Key makes a retry safe")
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "422", description = "Unknown item, not for this applicant, or a malformed field (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(NewApplication request,
                                @Parameter(description = "Any unique string of up to 64 characters") @RestHeader("Idempotency-Key") String idempotencyKey,
                                @Context HttpServerRequest http) {
        IdempotencyKeys.check(idempotencyKey);
        return applicants.create(Callers.of(jwt, http), request, idempotencyKey).map(ApplicationResource::respond);
    }

    @GET
    @Operation(summary = "The caller's applications, newest first")
    @APIResponse(responseCode = "200", description = "A page of the caller's applications")
    @APIResponse(responseCode = "400", description = "A parameter is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationPage> list(@Parameter(schema = @Schema(implementation = ApplicationState.class)) @RestQuery String state,
                                     @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @RestQuery String page,
                                     @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @RestQuery String size) {
        QueryParams params = new QueryParams();
        ApplicationState s = params.enumeration("state", state, ApplicationState.class).orElse(null);
        int p = params.integer("page", page, 0, 0, 10_000);
        int n = params.integer("size", size, 20, 1, 100);
        params.check();
        return applicants.list(Callers.of(jwt, null), s, p, n);
    }

    @GET
    @Path("/prefill")
    @Operation(summary = "What a new draft of the item is given from the caller's account, and a suggested postal delivery")
    @APIResponse(responseCode = "200", description = "The prefilled form fields", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantService.Prefilled.class)))
    @APIResponse(responseCode = "422", description = "Unknown item, or not for this applicant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicantService.Prefilled> prefill(@RestQuery String itemCode, @Context HttpServerRequest http) {
        return applicants.prefill(Callers.of(jwt, http), itemCode);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's applications, with its timeline")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such application of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> get(@RestPath String id) {
        return applicants.get(Callers.of(jwt, null), Callers.id(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the form of a draft or of a case sent back for correction")
    @APIResponse(responseCode = "200", description = "The case as saved")
    @APIResponse(responseCode = "404", description = "No such application of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed since it was read, or no longer editable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A malformed or unknown field (each named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApplicationView> update(@RestPath String id, Update request, @Context HttpServerRequest http) {
        return applicants.update(Callers.of(jwt, http), Callers.id(id), request);
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the file of one material (PDF, JPEG, PNG or OFD, recognised by content); replaces an earlier one")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialView.class)))
    @APIResponse(responseCode = "400", description = "A path or control character in the file name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than the limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an accepted type, or its content does not match its declared type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Empty file or unknown material code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> upload(@RestPath String id, @RestForm String materialCode,
                                @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                                @Context HttpServerRequest http) {
        Caller caller = Callers.of(jwt, http);
        return files.upload(caller, Callers.id(id), materialCode, Callers.upload(file), a -> ApplicantService.own(a, caller))
                .map(view -> Response.status(201).entity(view).build());
    }

    @DELETE
    @Path("/{id}/materials/{materialId}")
    @Operation(summary = "Remove an uploaded material")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such application or material of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> deleteMaterial(@RestPath String id, @RestPath String materialId, @Context HttpServerRequest http) {
        Caller caller = Callers.of(jwt, http);
        return files.delete(caller, Callers.id(id), Callers.materialId(materialId), a -> ApplicantService.own(a, caller))
                .map(v -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/materials/{code}/retrieval")
    @Operation(summary = "Authorise the bureau to take this material from its certificate register or the electronic licence library instead of an upload (数据多跑路)")
    @APIResponse(responseCode = "201", description = "Retrieved: what, from where, when", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetrievalView.class)))
    @APIResponse(responseCode = "404", description = "No such application of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case may no longer be changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a material of the item, not retrievable, or the applicant holds no valid licence of that kind", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retrieve(@RestPath String id, @RestPath String code, @Context HttpServerRequest http) {
        return retrievals.retrieve(Callers.of(jwt, http), Callers.id(id), code)
                .map(view -> Response.status(201).entity(view).build());
    }

    @DELETE
    @Path("/{id}/materials/{code}/retrieval")
    @Operation(summary = "Withdraw the authorisation: the material must then be uploaded")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such application of the caller, or the material was not retrieved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case may no longer be changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> undoRetrieval(@RestPath String id, @RestPath String code, @Context HttpServerRequest http) {
        return retrievals.undo(Callers.of(jwt, http), Callers.id(id), code).map(v -> Response.noContent().build());
    }

    @GET
    @Path("/{id}/materials/{materialId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/ofd", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an uploaded material")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "404", description = "No such application or material of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> download(@RestPath String id, @RestPath String materialId) {
        Caller caller = Callers.of(jwt, null);
        return files.download(Callers.id(id), Callers.materialId(materialId), a -> ApplicantService.own(a, caller))
                .map(Callers::file);
    }

    /** One of the applicant's own moves (submit, resubmit, withdraw), each of which replays under a repeated key. */
    @FunctionalInterface
    private interface ApplicantMoveHandler {
        Uni<ApplicantService.Answer> apply(Caller caller, java.util.UUID id, ApplicantMove move, String idempotencyKey);
    }

    private Uni<Response> applicantMove(ApplicantMoveHandler handler, String id, ApplicantMove move, String idempotencyKey,
                                        HttpServerRequest http) {
        IdempotencyKeys.check(idempotencyKey);
        return handler.apply(Callers.of(jwt, http), Callers.id(id), move, idempotencyKey).map(ApplicationResource::respond);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit: every required field and material is checked at once; Idempotency-Key makes a retry safe")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or changed since it was read", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Everything missing, each named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@RestPath String id, ApplicantMove move, @RestHeader("Idempotency-Key") String idempotencyKey,
                                @Context HttpServerRequest http) {
        return applicantMove(applicants::submit, id, move, idempotencyKey, http);
    }

    @POST
    @Path("/{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the case back after a correction: the materials asked for must have been uploaded again")
    @APIResponse(responseCode = "200", description = "Resubmitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "No correction pending", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Everything still missing, each named", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> resubmit(@RestPath String id, ApplicantMove move, @RestHeader("Idempotency-Key") String idempotencyKey,
                                  @Context HttpServerRequest http) {
        return applicantMove(applicants::resubmit, id, move, idempotencyKey, http);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an application before its decision")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "Already decided or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> withdraw(@RestPath String id, ApplicantMove move, @RestHeader("Idempotency-Key") String idempotencyKey,
                                  @Context HttpServerRequest http) {
        return applicantMove(applicants::withdraw, id, move, idempotencyKey, http);
    }

    @GET
    @Path("/{id}/notices/{kind}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A printable notice of the case: acceptance, non-acceptance, correction or decision")
    @APIResponse(responseCode = "200", description = "An HTML page with print styles, named <case number>-<notice title>.html (Content-Disposition inline)", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such application of the caller, or no such notice issued", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> notice(@RestPath String id, @RestPath String kind) {
        Caller caller = Callers.of(jwt, null);
        return notices.render(Callers.id(id), kind, a -> ApplicantService.own(a, caller)).map(CaseNotices.Page::response);
    }

    static Response respond(ApplicantService.Answer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).entity(answer.body()).type(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }
}
