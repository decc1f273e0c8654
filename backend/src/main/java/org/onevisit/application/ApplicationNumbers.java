package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Case numbers {@code AJ-YYYYMMDD-NNNN}: a counter per day, taken with one atomic upsert in the
 * caller's transaction, so two cases never share a number and a number is never handed out twice
 * (a rolled-back case leaves a gap, which is allowed).
 */
@ApplicationScoped
public class ApplicationNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public Uni<String> next(LocalDate day) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into application_number (day, last) values (:day, 1)
                        on conflict (day) do update set last = application_number.last + 1
                        returning last""", Integer.class)
                .setParameter("day", day).getSingleResult())
                .map(n -> format(day, n));
    }

    static String format(LocalDate day, int n) {
        return "AJ-" + day.format(DAY) + "-" + (n < 10_000 ? String.format("%04d", n) : Integer.toString(n));
    }
}
