package org.onevisit.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onevisit.platform.QueryParams;
import org.onevisit.workday.WorkdayCalendar;

/** A period of the statistics: whole calendar days in the bureau's time zone, at most five years. */
record StatsPeriod(LocalDate from, LocalDate to) {

    /**
     * Reads {@code from} and {@code to} (YYYY-MM-DD; this year up to today by default); a malformed date,
     * a reversed or an over-long period is a 400 naming the parameter.
     */
    static StatsPeriod parse(String from, String to, LocalDate today) {
        QueryParams params = new QueryParams();
        LocalDate start = params.date("from", from).orElse(today.withDayOfYear(1));
        LocalDate end = params.date("to", to).orElse(today);
        if (start.isAfter(end) || start.plusYears(5).isBefore(end)) {
            params.reject("from", "stats.period");
        }
        params.check();
        return new StatsPeriod(start, end);
    }

    /** The first instant of the period. */
    OffsetDateTime start() {
        return from.atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
    }

    /** The first instant after the period. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
    }
}
