package org.onevisit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/** Problem JSON written straight from a Vert.x route, for requests refused before REST sees them. */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void send(RoutingContext ctx, ObjectMapper mapper, int status, String type, String detailKey) {
        Locale locale = Messages.pickSafely(() -> ctx.acceptableLanguages().stream()
                .map(l -> Locale.forLanguageTag(l.value())).toList());
        Problem body = new Problem(Problem.TYPE_BASE + type, Messages.get(locale, "problem." + type + ".title", List.of()),
                status, Messages.get(locale, detailKey, List.of()), safePath(ctx), null);
        try {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** The path as sent (still percent-encoded), so that a refused NUL is never echoed decoded. */
    private static String safePath(RoutingContext ctx) {
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
