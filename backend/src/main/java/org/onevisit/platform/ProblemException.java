package org.onevisit.platform;

import java.util.List;

/**
 * A failure the caller can act on, answered as RFC 9457 problem JSON. {@code type} is a short stable
 * slug (also the message key of the title); {@code detailKey} names the localised detail.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String detailKey;
    private final List<Object> detailArgs;
    private final List<Violation> violations;
    private Long retryAfterSeconds;

    public ProblemException(int status, String type, String detailKey, List<Object> detailArgs, List<Violation> violations) {
        super(type + ": " + detailKey, null, false, false);
        this.status = status;
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = List.copyOf(detailArgs);
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detailKey, Object... args) {
        return new ProblemException(404, "not-found", detailKey, List.of(args), List.of());
    }

    public static ProblemException badRequest(List<Violation> violations) {
        return new ProblemException(400, "invalid-request", "problem.invalid-request.detail", List.of(), violations);
    }

    public static ProblemException unprocessable(String type, List<Violation> violations) {
        return new ProblemException(422, type, "problem." + type + ".detail", List.of(violations.size()), violations);
    }

    /** Adds a Retry-After header to the answer (429, 503). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public List<Object> detailArgs() {
        return detailArgs;
    }

    public List<Violation> violations() {
        return violations;
    }
}
