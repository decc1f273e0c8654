package org.onevisit.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies are small forms: anything over 1 MiB is refused with 413 before it is parsed.
 * (Uploads are multipart and have their own, configurable limit.)
 */
public class JsonBodyLimit {

    static final long MAX_JSON_BYTES = 1024 * 1024;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpHeaders headers, UriInfo uri) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || request.getLength() <= MAX_JSON_BYTES) {
            return null;
        }
        return ProblemMappers.respond(413, "too-large", "problem.too-large.detail", List.of(), List.of(), headers, uri);
    }
}
