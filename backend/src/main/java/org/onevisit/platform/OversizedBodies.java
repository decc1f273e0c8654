package org.onevisit.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that announces a body over {@code quarkus.http.limits.max-body-size} gets a problem
 * answer (413, in the caller's language) before any of it is read, instead of the HTTP layer's bare 413.
 */
@ApplicationScoped
public class OversizedBodies {

    private final long maxBytes;
    private final ObjectMapper mapper;

    public OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max, ObjectMapper mapper) {
        this.maxBytes = max.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !isOver(length)) {
                ctx.next();
                return;
            }
            Locale locale = Messages.pick(ctx.acceptableLanguages().stream()
                    .map(l -> Locale.forLanguageTag(l.value())).toList());
            Problem body = new Problem(Problem.TYPE_BASE + "too-large", Messages.get(locale, "problem.too-large.title", List.of()),
                    413, Messages.get(locale, "problem.too-large.detail", List.of()), ctx.request().path(), null);
            try {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
