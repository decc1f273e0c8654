package org.onevisit.workday;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days during which a time limit does not run (waiting for the applicant's correction,
 * a hearing, testing, expert review...). {@code from} is the first day not counted; {@code toExclusive}
 * the day the clock runs again, or {@code null} while the case is still paused.
 */
public record Pause(LocalDate from, LocalDate toExclusive) {

    public Pause {
        Objects.requireNonNull(from, "from");
        if (toExclusive != null && toExclusive.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + toExclusive + ") before it starts (" + from + ")");
        }
    }

    /** A pause still running. */
    public static Pause open(LocalDate from) {
        return new Pause(from, null);
    }

    public boolean isOpen() {
        return toExclusive == null;
    }
}
