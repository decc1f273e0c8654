package org.onevisit.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.platform.ProblemMappers;

/** 401 and 403 as problem JSON; every denied access is written to the audit trail. */
public class SecurityProblemMappers {

    private final AuditService audit;
    private final SecurityIdentity identity;

    public SecurityProblemMappers(AuditService audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(Exception e, HttpHeaders headers, UriInfo uri, HttpServerRequest http) {
        String detail = e instanceof AuthenticationFailedException ? "invalid or expired token" : "no token";
        return deny(null, "anonymous", uri, http, detail).map(v -> {
            Response r = ProblemMappers.respond(401, "unauthorized", "problem.unauthorized.detail", List.of(), List.of(),
                    headers, uri);
            r.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return r;
        });
    }

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri, HttpServerRequest http) {
        String who = identity.isAnonymous() ? "anonymous" : "account:" + Masking.username(identity.getPrincipal().getName());
        return deny(null, who, uri, http, "roles " + identity.getRoles())
                .map(v -> ProblemMappers.respond(403, "forbidden", "problem.forbidden.detail", List.of(), List.of(), headers, uri));
    }

    private Uni<Void> deny(java.util.UUID actorId, String actor, UriInfo uri, HttpServerRequest http, String detail) {
        return audit.record(new AuditEntry(actorId, actor, "ACCESS_DENIED", uri.getRequestUri().getPath(), Clients.of(http).ip(),
                AuditEntry.Result.DENIED, detail));
    }
}
