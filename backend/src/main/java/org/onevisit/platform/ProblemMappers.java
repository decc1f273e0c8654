package org.onevisit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the API as problem JSON in the caller's language; never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Response response = respond(e.status(), e.type(), e.detailKey(), e.detailArgs(), e.violations(), headers, uri);
        if (e.retryAfterSeconds() != null) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> Violation.of(lastNode(v.getPropertyPath().toString()), "validation.constraint", v.getMessage()))
                .toList();
        return respond(400, "invalid-request", "problem.invalid-request.detail", List.of(), violations, headers, uri);
    }

    /** Unparseable JSON, or a value of the wrong shape (named by its JSON path when known). */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class})
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        List<Violation> violations = List.of();
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            violations = List.of(Violation.of(field, "field.malformed"));
        }
        return respond(400, "malformed-body", "problem.malformed-body.detail", List.of(), violations, headers, uri);
    }

    /** A unique key or a stale version met in the database: somebody else was first. */
    @ServerExceptionMapper({org.hibernate.exception.ConstraintViolationException.class,
            jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleObjectStateException.class})
    public Response conflict(Exception e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "conflict", "problem.conflict.detail", List.of(), List.of(), headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            FailureLog.REQUESTS.failed("Request failed", e);
        }
        String type = switch (status) {
            case 400 -> "malformed-body";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
        String detailKey = status == 404 ? "problem.not-found.path" : "problem." + type + ".detail";
        return respond(status, type, detailKey, List.of(), List.of(), headers, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (fromMultipartParser(e)) { // a body that ends early, misses its boundary or its part headers
            return respond(400, "malformed-body", "problem.malformed-body.detail", List.of(), List.of(), headers, uri);
        }
        FailureLog.REQUESTS.failed("Unexpected failure", e);
        return respond(500, "internal", "problem.internal.detail", List.of(), List.of(), headers, uri);
    }

    public static Response respond(int status, String type, String detailKey, List<Object> detailArgs,
                            List<Violation> violations, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pickSafely(headers::getAcceptableLanguages);
        List<Problem.FieldError> errors = violations.isEmpty() ? null : violations.stream()
                .map(v -> new Problem.FieldError(v.field(), Messages.get(locale, v.messageKey(), v.args())))
                .toList();
        Problem body = new Problem(Problem.TYPE_BASE + type,
                Messages.get(locale, "problem." + type + ".title", List.of()),
                status,
                Messages.get(locale, detailKey, detailArgs),
                uri.getRequestUri().getPath(),
                errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body)
                .build();
    }

    /** Thrown while the multipart body was being split into parts: the client's fault, not ours. */
    private static boolean fromMultipartParser(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (java.util.Arrays.stream(t.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart."))) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
