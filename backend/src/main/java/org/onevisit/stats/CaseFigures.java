package org.onevisit.stats;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.Guide;
import org.onevisit.workday.Pause;
import org.onevisit.workday.WorkdayCalendar;

/**
 * Counts the service figures of a period per group of cases: one grouped query per figure, whatever the
 * number of groups, then the same arithmetic for every group (the public figures are the one-group case).
 */
final class CaseFigures {

    /** The tallies per group (by {@link Grouping#key}), and per item over all groups. */
    record Counted(Map<String, Tally> groups, Map<String, Tally> items) {

        Tally group(String key) {
            return groups.getOrDefault(key, new Tally());
        }
    }

    private CaseFigures() {
    }

    /** What the queries return, each row led by the group, before the arithmetic. */
    private record Rows(List<Object[]> submitted, List<Object[]> decided, List<Object[]> pauses, List<Object[]> completions,
                        List<Object[]> breaches, List<Object[]> corrections, List<Object[]> grades,
                        List<Object[]> rectifications) {}

    /** The case's visit was waived by the window (application_waiver, V10). */
    private static final String WAIVED = "exists (select 1 from application_waiver w where w.application_id = a.id "
            + "and w.kind = 'VISIT')";

    static Uni<Counted> count(Mutiny.Session s, Grouping g, StatsPeriod period, Catalog catalog, WorkdayCalendar calendar) {
        return query(s, g, period.start(), period.end()).map(rows -> tally(rows, catalog, calendar));
    }

    private static Uni<Rows> query(Mutiny.Session s, Grouping g, OffsetDateTime start, OffsetDateTime end) {
        // a figure from another table counts for the group of its case
        String cases = "join application a on a.id = x.application_id " + g.join;
        String decidedCases = "from application a " + g.join + " where a.decided_at >= :from and a.decided_at < :to "
                + "and a.due_date is not null and a.clock_start is not null and a.state in ('APPROVED', 'COMPLETED', 'DENIED')";
        return list(s, "select " + g.key + ", a.state, a.channel, a.item_code, count(*) from application a " + g.join
                + " where a.submitted_at is not null and a.created_at >= :from and a.created_at < :to group by 1, 2, 3, 4", start, end)
                .chain(submitted -> list(s, "select " + g.key + ", a.id, a.item_code, a.clock_start, a.decided_at, a.due_date "
                        + decidedCases, start, end)
                .chain(decided -> list(s, "select x.application_id, x.from_date, x.to_date from application_pause x "
                        + "where x.application_id in (select a.id " + decidedCases + ")", start, end)
                // zero-visit: truly no visit and no waiver; a waived visit is a figure of its own (最多跑一次, measured honestly)
                .chain(pauses -> list(s, "select " + g.key + ", count(*) filter (where a.visits = 0 and not " + WAIVED + "), "
                        + "count(*), count(*) filter (where a.visits = 0 and " + WAIVED + ") from application a "
                        + g.join + " where a.completed_at >= :from and a.completed_at < :to group by 1", start, end)
                .chain(completions -> list(s, "select " + g.key + ", count(*) from application_visit x " + cases
                        + " where x.breach and x.occurred_at >= :from and x.occurred_at < :to group by 1", start, end)
                .chain(breaches -> list(s, "select " + g.key + ", count(*), "
                        + "count(*) filter (where x.detail ->> 'secondCorrection' = 'true') from application_event x " + cases
                        + " where x.action = 'REQUEST_CORRECTION' and x.occurred_at >= :from and x.occurred_at < :to group by 1",
                        start, end)
                .chain(corrections -> list(s, "select " + g.key + ", x.grade, count(*) from evaluation x " + cases
                        + " where x.created_at >= :from and x.created_at < :to group by 1, 2", start, end)
                .chain(grades -> list(s, "select " + g.key + ", count(*), count(*) filter (where x.on_time) from rectification x "
                        + cases + " where x.created_at >= :from and x.created_at < :to group by 1", start, end)
                .map(rectifications -> new Rows(submitted, decided, pauses, completions, breaches, corrections, grades,
                        rectifications)))))))));
    }

    private static Counted tally(Rows rows, Catalog catalog, WorkdayCalendar calendar) {
        Map<String, Tally> groups = new HashMap<>();
        Map<String, Tally> items = new TreeMap<>();
        for (Object[] row : rows.submitted()) {
            long n = number(row[4]);
            of(groups, row[0]).submitted((String) row[1], (String) row[2], n);
            of(items, row[3]).submitted((String) row[1], (String) row[2], n);
        }
        Map<UUID, List<Pause>> pauses = new HashMap<>();
        for (Object[] row : rows.pauses()) {
            pauses.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new Pause(date(row[1]), row[2] == null ? null : date(row[2])));
        }
        for (Object[] row : rows.decided()) {
            LocalDate clockStart = date(row[3]);
            LocalDate decidedOn = ((OffsetDateTime) row[4]).atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
            boolean inTime = !decidedOn.isAfter(date(row[5]));
            int used = calendar.workingDaysBetween(clockStart.plusDays(1), decidedOn.plusDays(1))
                    - calendar.pausedWorkingDays(clockStart, pauses.getOrDefault((UUID) row[1], List.of()), decidedOn);
            int promised = catalog.find((String) row[2]).map(Guide::promisedDays).orElse(0);
            of(groups, row[0]).decided(inTime, Math.max(0, used), promised);
            of(items, row[2]).decided(inTime, Math.max(0, used), promised);
        }
        for (Object[] row : rows.completions()) {
            Tally t = of(groups, row[0]);
            t.zeroVisitCompleted += number(row[1]);
            t.completed += number(row[2]);
            t.visitsWaived += number(row[3]);
        }
        rows.breaches().forEach(row -> of(groups, row[0]).visitBreaches += number(row[1]));
        for (Object[] row : rows.corrections()) {
            Tally t = of(groups, row[0]);
            t.correctionRequests += number(row[1]);
            t.secondCorrections += number(row[2]);
        }
        rows.grades().forEach(row -> of(groups, row[0]).rated((int) number(row[1]), number(row[2])));
        for (Object[] row : rows.rectifications()) {
            Tally t = of(groups, row[0]);
            t.rectifications += number(row[1]);
            t.rectifiedOnTime += number(row[2]);
        }
        return new Counted(groups, items);
    }

    private static Tally of(Map<String, Tally> tallies, Object key) {
        return tallies.computeIfAbsent((String) key, k -> new Tally());
    }

    static Uni<List<Object[]>> list(Mutiny.Session s, String sql, OffsetDateTime from, OffsetDateTime to) {
        return s.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
