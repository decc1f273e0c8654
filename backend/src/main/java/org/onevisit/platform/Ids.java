package org.onevisit.platform;

import java.util.UUID;

/** Identifiers from URLs: a malformed one names nothing, so it is "not found" like an unknown one. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String raw, String notFoundKey) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(notFoundKey);
        }
    }
}
