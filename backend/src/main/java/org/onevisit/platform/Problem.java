package org.onevisit.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, with the field-level errors of a rejected request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://onevisit.example.org/problems/";

    /** One field or parameter that was wrong, and why, in the caller's language. */
    public record FieldError(String field, String message) {}
}
