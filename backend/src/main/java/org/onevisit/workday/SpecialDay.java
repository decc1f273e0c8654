package org.onevisit.workday;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the plain working week, as the public calendar lists it. {@code provisional}: an
 * estimate an administrator has not yet confirmed against the State Council's notice.
 */
public record SpecialDay(LocalDate date, DayKind kind, String name, boolean provisional) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
