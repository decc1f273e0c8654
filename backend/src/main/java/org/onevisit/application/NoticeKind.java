package org.onevisit.application;

import java.util.Arrays;
import java.util.Optional;

/** The printable notices of a case (Qute documents); the slug names one in its URL. */
public enum NoticeKind {
    ACCEPTANCE("acceptance"), NON_ACCEPTANCE("non-acceptance"), CORRECTION("correction"), DECISION("decision");

    private final String slug;

    NoticeKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<NoticeKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
