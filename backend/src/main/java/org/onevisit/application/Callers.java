package org.onevisit.application;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.onevisit.identity.Clients;
import org.onevisit.identity.Role;
import org.onevisit.platform.Ids;
import org.onevisit.platform.storage.SafeFileName;

/** What the case resources take from a request: the caller, ids from the path, uploads, downloads. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(JsonWebToken jwt, HttpServerRequest http) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : jwt.getGroups()) {
            try {
                roles.add(Role.valueOf(group));
            } catch (IllegalArgumentException ignored) {
                // not a role of this application
            }
        }
        return new Caller(UUID.fromString(jwt.getSubject()), roles, http == null ? null : Clients.of(http).ip());
    }

    public static UUID id(String raw) {
        return Ids.parse(raw, "problem.not-found.application");
    }

    static UUID materialId(String raw) {
        return Ids.parse(raw, "problem.not-found.material");
    }

    static CaseFiles.Upload upload(FileUpload file) {
        return file == null ? null : new CaseFiles.Upload(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
    }

    /** A stored file as a download, never rendered inline by the browser as something else. */
    static Response file(CaseFiles.Download d) {
        return Response.ok(d.file().toFile(), d.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.contentDisposition(d.fileName()))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
