package org.onevisit.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code /q/metrics} (request counts per endpoint and status) is for the operator's scraper only:
 * it must present {@code Authorization: Bearer <ONEVISIT_METRICS_TOKEN>}. Without that setting the
 * endpoint answers 404 to everybody. Health stays public: orchestrators and the README rely on it.
 * (A separate management port was not chosen: it would move {@code /q/health} off the main port too.)
 */
@ApplicationScoped
public class MetricsAccess {

    private final Optional<String> token;
    private final ObjectMapper mapper;

    public MetricsAccess(OneVisitConfig config, ObjectMapper mapper) {
        this.token = config.metrics().token().filter(t -> !t.isBlank());
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route("/q/metrics*").order(-800).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (token.isEmpty()) {
            RouteProblems.send(ctx, mapper, 404, "not-found", "problem.not-found.path");
        } else if (presents(ctx, token.get())) {
            ctx.next();
        } else {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            RouteProblems.send(ctx, mapper, 401, "unauthorized", "problem.unauthorized.detail");
        }
    }

    private static boolean presents(RoutingContext ctx, String expected) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
