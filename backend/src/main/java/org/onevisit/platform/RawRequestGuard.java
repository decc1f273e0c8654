package org.onevisit.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses, with 400 problem JSON and before any resource or the audit trail sees it, an API request
 * whose request line or headers cannot be valid text: a percent-escape that decodes to NUL, to an
 * unpaired surrogate or to invalid UTF-8, a NUL in a header, or an unparseable Accept-Language or
 * Content-Type (a multipart one without its boundary included).
 */
@ApplicationScoped
public class RawRequestGuard {

    private final ObjectMapper mapper;

    public RawRequestGuard(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-900).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (isValid(ctx.request())) {
            ctx.next();
        } else {
            RouteProblems.send(ctx, mapper, 400, "invalid-request", "problem.invalid-request.detail");
        }
    }

    static boolean isValid(HttpServerRequest request) {
        if (!decodesCleanly(request.uri())) {
            return false;
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (!CleanText.isClean(header.getValue())) {
                return false;
            }
        }
        return languagesParse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                && mediaTypeParses(request.getHeader(HttpHeaders.CONTENT_TYPE));
    }

    /** The URI's percent-escapes decode to clean UTF-8 text ('+' is left alone: it is not an escape here). */
    static boolean decodesCleanly(String uri) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length()) {
                    return false;
                }
                int hi = Character.digit(uri.charAt(i + 1), 16);
                int lo = Character.digit(uri.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x20 || c > 0x7e) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return CleanText.isClean(text) && text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Language ranges with optional q-values between 0 and 1 (RFC 9110 12.5.4). */
    static boolean languagesParse(String header) {
        if (header == null || header.isBlank()) {
            return true;
        }
        for (String part : header.split(",", -1)) {
            String[] pieces = part.trim().split(";", -1);
            if (!pieces[0].trim().matches("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
                return false;
            }
            for (int i = 1; i < pieces.length; i++) {
                if (!pieces[i].trim().matches("[qQ]=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean mediaTypeParses(String header) {
        if (header == null) {
            return true;
        }
        try {
            MediaType type = MediaType.valueOf(header);
            // a multipart body without a boundary cannot be split into its parts (RFC 2046 5.1.1)
            return !"multipart".equalsIgnoreCase(type.getType()) || !type.getParameters().getOrDefault("boundary", "").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
