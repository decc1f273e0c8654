package org.onevisit.platform;

import java.util.List;

/** One thing wrong with a request or a document: where (a field or parameter path) and what (a message key). */
public record Violation(String field, String messageKey, List<Object> args) {

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
