package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.identity.Account;
import org.onevisit.identity.AccountRepository;
import org.onevisit.identity.AuthService;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;
import org.onevisit.platform.storage.ContentSniffer;
import org.onevisit.platform.storage.ContentType;
import org.onevisit.platform.storage.FileStorage;
import org.onevisit.platform.storage.SafeFileName;
import org.onevisit.platform.storage.StoredFile;

/**
 * The materials of a case. An upload is checked (material code, name, size, content by its first
 * bytes), stored, and only then given its row; if the row cannot be written the stored file is
 * removed again, so there is never a file without a row or a row without a file.
 */
@ApplicationScoped
public class CaseFiles {

    private static final Logger LOG = Logger.getLogger(CaseFiles.class);

    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final CaseQueries queries;
    private final CaseRecorder recorder;
    private final CatalogService catalog;
    private final FileStorage storage;
    private final AuditService audit;
    private final Vertx vertx;

    public CaseFiles(ApplicationRepository applications, AccountRepository accounts, CaseQueries queries,
                     CaseRecorder recorder, CatalogService catalog, FileStorage storage, AuditService audit, Vertx vertx) {
        this.applications = applications;
        this.accounts = accounts;
        this.queries = queries;
        this.recorder = recorder;
        this.catalog = catalog;
        this.storage = storage;
        this.audit = audit;
        this.vertx = vertx;
    }

    /** An upload as received: the temporary file, the name and media type the client declared. */
    public record Upload(Path file, String fileName, String declaredType, long size) {}

    /**
     * Adds (or replaces) the file of one material. {@code access} picks the case the caller may change
     * (the applicant's own, or a walk-in case for window staff) and fails with 404 otherwise.
     */
    public Uni<MaterialView> upload(Caller caller, UUID id, String materialCode, Upload upload,
                                    Function<Application, Application> access) {
        Uni<Guide> checked = Panache.withSession(() -> applications.findById(id).map(access).map(a -> {
            ApplicantService.requireEditable(a);
            return a;
        }).chain(a -> catalog.version(a.itemCode, a.itemVersion)));
        return checked.chain(guide -> {
            Guide.Material material = material(guide, materialCode);
            String name = checkFile(upload);
            return sniff(upload).chain(type -> storage.store(upload.file())
                    .chain(stored -> saveRow(caller, id, material, name, type, stored, access)
                            .onFailure().call(() -> storage.delete(stored.key())
                                    .onFailure().invoke(e -> LOG.errorf(e, "Could not remove the file %s of a failed upload", stored.key()))
                                    .onFailure().recoverWithNull())));
        });
    }

    private Uni<MaterialView> saveRow(Caller caller, UUID id, Guide.Material material, String name, ContentType type,
                                      StoredFile stored, Function<Application, Application> access) {
        Uni<Saved> saved = Panache.withTransaction(() -> applications.lock(id).map(access).chain(a -> {
            ApplicantService.requireEditable(a);
            return queries.materials(a.id).chain(existing -> {
                Optional<ApplicationMaterial> previous = existing.stream()
                        .filter(m -> m.materialCode.equals(material.code())).findFirst();
                // flushed at once: Hibernate would otherwise insert the new row before deleting the old one
                Uni<Void> removed = previous.map(m -> Panache.getSession().chain(s -> s.remove(m).chain(s::flush)))
                        .orElse(Uni.createFrom().voidItem());
                ApplicationMaterial row = new ApplicationMaterial();
                row.id = UUID.randomUUID();
                row.applicationId = a.id;
                row.materialCode = material.code();
                row.fileKey = stored.key();
                row.fileName = name;
                row.contentType = type.mimeType();
                row.size = stored.size();
                row.sha256 = stored.sha256();
                row.uploadedAt = CaseRecorder.now();
                row.uploadedBy = caller.id();
                a.updatedAt = row.uploadedAt;
                return removed.chain(() -> Panache.getSession()).chain(s -> s.persist(row))
                        .chain(() -> accounts.findById(caller.id()))
                        .chain(actor -> a.state == ApplicationState.CORRECTION_REQUIRED
                                ? recorder.record(a, actor, role(caller, a), "MATERIAL_REPLACED", a.state, null,
                                recorder.detail().put("material", material.code()).put("fileName", name).put("sha256", stored.sha256()), caller.ip())
                                : audit.record(new AuditEntry(actor.id, AuthService.actorName(actor), "CASE_MATERIAL_UPLOAD",
                                a.number + " " + material.code(), caller.ip(), AuditEntry.Result.SUCCESS, stored.sha256())))
                        .replaceWith(new Saved(row, previous.map(m -> m.fileKey).orElse(null)));
            });
        }));
        return saved.call(s -> s.replacedKey() == null ? Uni.createFrom().voidItem() : storage.delete(s.replacedKey())
                        .onFailure().invoke(e -> LOG.errorf(e, "Could not remove the replaced file %s", s.replacedKey()))
                        .onFailure().recoverWithNull())
                .map(s -> MaterialView.of(s.row(), material.name()));
    }

    private record Saved(ApplicationMaterial row, String replacedKey) {}

    /** Removes a material of an editable case, then its file. */
    public Uni<Void> delete(Caller caller, UUID id, UUID materialId, Function<Application, Application> access) {
        return Panache.withTransaction(() -> applications.lock(id).map(access).chain(a -> {
            ApplicantService.requireEditable(a);
            return queries.material(a.id, materialId).chain(m -> {
                if (m == null) {
                    throw ProblemException.notFound("problem.not-found.material");
                }
                a.updatedAt = CaseRecorder.now();
                return Panache.getSession().chain(s -> s.remove(m))
                        .chain(() -> accounts.findById(caller.id()))
                        .chain(actor -> audit.record(new AuditEntry(actor.id, AuthService.actorName(actor), "CASE_MATERIAL_DELETE",
                                a.number + " " + m.materialCode, caller.ip(), AuditEntry.Result.SUCCESS, m.sha256)))
                        .replaceWith(m.fileKey);
            });
        })).chain(key -> storage.delete(key).onFailure().invoke(e -> LOG.errorf(e, "Could not remove the file %s", key))
                .onFailure().recoverWithNull());
    }

    /** A material's file for download, with its row (name, type). */
    @WithSession
    public Uni<Download> download(UUID id, UUID materialId, Function<Application, Application> access) {
        return applications.findById(id).map(access).chain(a -> queries.material(a.id, materialId)).chain(m -> {
            if (m == null) {
                throw ProblemException.notFound("problem.not-found.material");
            }
            return storage.open(m.fileKey).map(path -> new Download(path, m.fileName, m.contentType));
        });
    }

    public record Download(Path file, String fileName, String contentType) {}

    private static String role(Caller caller, Application a) {
        return caller.id().equals(a.applicantId) ? "APPLICANT" : "WINDOW";
    }

    static Guide.Material material(Guide guide, String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.unprocessable("invalid-upload", List.of(Violation.of("materialCode", "field.required")));
        }
        return guide.materials().stream().filter(m -> m.code().equals(code.trim())).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable("invalid-upload",
                        List.of(Violation.of("materialCode", "upload.material.unknown", code))));
    }

    /** The file's display name, once the name and the size are acceptable. */
    private static String checkFile(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.unprocessable("invalid-upload", List.of(Violation.of("file", "field.required")));
        }
        String name = SafeFileName.check(upload.fileName());
        if (upload.size() == 0) {
            throw ProblemException.unprocessable("invalid-upload", List.of(Violation.of("file", "upload.empty")));
        }
        return name;
    }

    /** The type by content; a declared type or an extension naming another accepted type is a mismatch. */
    private Uni<ContentType> sniff(Upload upload) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> ContentSniffer.sniff(upload.file()))).map(found -> {
            ContentType type = found.orElseThrow(() -> new ProblemException(415, "unsupported-file-type",
                    "problem.unsupported-file-type.detail", List.of(), List.of(Violation.of("file", "upload.type.unsupported"))));
            Optional<ContentType> declared = declared(upload.declaredType());
            Optional<ContentType> byExtension = byExtension(upload.fileName());
            if (declared.filter(d -> d != type).isPresent() || byExtension.filter(e -> e != type).isPresent()) {
                throw new ProblemException(415, "file-type-mismatch", "problem.file-type-mismatch.detail",
                        List.of(type.extension().toUpperCase(Locale.ROOT)),
                        List.of(Violation.of("file", "upload.type.mismatch", type.extension().toUpperCase(Locale.ROOT))));
            }
            return type;
        });
    }

    private static Optional<ContentType> declared(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        String normalised = base.equals("image/jpg") || base.equals("image/pjpeg") ? "image/jpeg" : base;
        return java.util.Arrays.stream(ContentType.values()).filter(t -> t.mimeType().equals(normalised)).findFirst();
    }

    private static Optional<ContentType> byExtension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String normalised = ext.equals("jpeg") ? "jpg" : ext;
        return java.util.Arrays.stream(ContentType.values()).filter(t -> t.extension().equals(normalised)).findFirst();
    }
}
