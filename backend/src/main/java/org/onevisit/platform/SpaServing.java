package org.onevisit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;

/**
 * Caching headers for the single-page app ({@link SpaPaths}), and a 404 problem for a missing file
 * where Quinoa's SPA routing (which sends every unknown path to the index page) would answer the
 * app's page with 200: a stale bundle name must fail visibly, not load HTML as a script.
 */
@ApplicationScoped
public class SpaServing {

    /** Quinoa serves its build as static resources from here (META_INF_WEB_UI of its recorder). */
    static final String WEB_ROOT = "META-INF/webui";
    /** Before Quinoa's SPA reroute (order 40000), after the static files. */
    static final int MISSING_FILE_ORDER = 39_000;

    private final ObjectMapper mapper;

    public SpaServing(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(-900).handler(ctx -> {
            String cacheControl = SpaPaths.cacheControl(ctx.normalizedPath());
            if (cacheControl != null) {
                ctx.addHeadersEndHandler(v -> {
                    int status = ctx.response().getStatusCode();
                    if (status == 200 || status == 304) {
                        ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, cacheControl);
                    }
                });
            }
            ctx.next();
        });
        router.route().order(MISSING_FILE_ORDER).handler(this::missingFile);
    }

    private void missingFile(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean read = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (!read || SpaPaths.isBackend(path) || !SpaPaths.namesAFile(path) || exists(path)) {
            ctx.next();
            return;
        }
        Locale locale = Messages.pick(ctx.acceptableLanguages().stream().map(l -> Locale.forLanguageTag(l.value())).toList());
        Problem body = new Problem(Problem.TYPE_BASE + "not-found", Messages.get(locale, "problem.not-found.title", List.of()),
                404, Messages.get(locale, "problem.not-found.path", List.of()), path, null);
        try {
            ctx.response().setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static boolean exists(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return !path.contains("..") && loader.getResource(WEB_ROOT + path) != null;
    }
}
