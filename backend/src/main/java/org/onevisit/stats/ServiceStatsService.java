package org.onevisit.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.stats.ServiceStats.ItemFigures;
import org.onevisit.stats.ServiceStats.MonthFigures;
import org.onevisit.stats.ServiceStats.Share;
import org.onevisit.workday.CalendarService;
import org.onevisit.workday.Pause;
import org.onevisit.workday.WorkdayCalendar;

/**
 * Computes the public service figures from the cases, ratings and visits of a period (calendar days
 * in the bureau's time zone). Results are kept for a minute: the dashboard is public and read often.
 */
@ApplicationScoped
public class ServiceStatsService {

    private static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private final CatalogService catalog;
    private final CalendarService calendars;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ServiceStatsService(CatalogService catalog, CalendarService calendars) {
        this.catalog = catalog;
        this.calendars = calendars;
    }

    private record Cached(ServiceStats stats, Instant at) {}

    public Uni<ServiceStats> compute(LocalDate from, LocalDate to) {
        String key = from + "/" + to;
        Cached hit = cache.get(key);
        if (hit != null && hit.at().plus(CACHE_FOR).isAfter(Instant.now())) {
            return Uni.createFrom().item(hit.stats());
        }
        OffsetDateTime start = from.atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
        return catalog.current().chain(c -> calendars.calendar().chain(calendar -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> gather(s, start, end)).map(raw -> assemble(raw, c, calendar, from, to)))))
                .invoke(stats -> {
                    if (cache.size() > 200) {
                        cache.clear();
                    }
                    cache.put(key, new Cached(stats, Instant.now()));
                });
    }

    /** What the queries return, before the arithmetic. */
    private record Raw(List<Object[]> submitted, List<Object[]> decided, List<Object[]> pauses, Object[] completions,
                       long breaches, Object[] corrections, List<Object[]> grades, Object[] rectifications,
                       List<Object[]> submittedByMonth, List<Object[]> completedByMonth) {}

    private static Uni<Raw> gather(Mutiny.Session s, OffsetDateTime start, OffsetDateTime end) {
        String decidedCases = "from application where decided_at >= :from and decided_at < :to and due_date is not null "
                + "and clock_start is not null and state in ('APPROVED', 'COMPLETED', 'DENIED')";
        return list(s, "select state, channel, item_code, count(*) from application where submitted_at is not null "
                + "and created_at >= :from and created_at < :to group by state, channel, item_code", start, end)
                .chain(submitted -> list(s, "select id, item_code, clock_start, decided_at, due_date " + decidedCases, start, end)
                .chain(decided -> list(s, "select application_id, from_date, to_date from application_pause "
                        + "where application_id in (select id " + decidedCases + ")", start, end)
                .chain(pauses -> one(s, "select count(*) filter (where visits = 0), count(*) from application "
                        + "where completed_at >= :from and completed_at < :to", start, end)
                .chain(completions -> one(s, "select count(*), 0 from application_visit where breach "
                        + "and occurred_at >= :from and occurred_at < :to", start, end)
                .chain(breaches -> one(s, "select count(*), count(*) filter (where detail ->> 'secondCorrection' = 'true') "
                        + "from application_event where action = 'REQUEST_CORRECTION' and occurred_at >= :from and occurred_at < :to",
                        start, end)
                .chain(corrections -> list(s, "select grade, count(*) from evaluation where created_at >= :from "
                        + "and created_at < :to group by grade", start, end)
                .chain(grades -> one(s, "select count(*), count(*) filter (where on_time) from rectification "
                        + "where created_at >= :from and created_at < :to", start, end)
                .chain(rectifications -> list(s, "select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*) "
                        + "from application where submitted_at is not null and created_at >= :from and created_at < :to "
                        + "group by 1", start, end)
                .chain(byMonth -> list(s, "select to_char(completed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*) "
                        + "from application where completed_at >= :from and completed_at < :to group by 1", start, end)
                .map(completedByMonth -> new Raw(submitted, decided, pauses, completions, number(breaches[0]), corrections,
                        grades, rectifications, byMonth, completedByMonth)))))))))));
    }

    private ServiceStats assemble(Raw raw, Catalog catalog, WorkdayCalendar calendar, LocalDate from, LocalDate to) {
        long submitted = 0;
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, long[]> perItem = new TreeMap<>(); // submitted, decided, onTime, overdue, workingDays
        for (Object[] row : raw.submitted()) {
            long n = number(row[3]);
            submitted += n;
            byState.merge((String) row[0], n, Long::sum);
            byChannel.merge((String) row[1], n, Long::sum);
            perItem.computeIfAbsent((String) row[2], k -> new long[5])[0] += n;
        }
        Map<UUID, List<Pause>> pauses = new HashMap<>();
        for (Object[] row : raw.pauses()) {
            pauses.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new Pause(date(row[1]), row[2] == null ? null : date(row[2])));
        }
        long onTime = 0;
        for (Object[] row : raw.decided()) {
            long[] item = perItem.computeIfAbsent((String) row[1], k -> new long[5]);
            LocalDate clockStart = date(row[2]);
            LocalDate decidedOn = ((OffsetDateTime) row[3]).atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
            boolean inTime = !decidedOn.isAfter(date(row[4]));
            onTime += inTime ? 1 : 0;
            item[1]++;
            item[inTime ? 2 : 3]++;
            List<Pause> paused = pauses.getOrDefault((UUID) row[0], List.of());
            int used = calendar.workingDaysBetween(clockStart.plusDays(1), decidedOn.plusDays(1))
                    - calendar.pausedWorkingDays(clockStart, paused, decidedOn);
            item[4] += Math.max(0, used);
        }
        List<ItemFigures> byItem = new ArrayList<>();
        perItem.forEach((code, f) -> {
            Guide guide = catalog.find(code).orElse(null);
            byItem.add(new ItemFigures(code, guide == null ? code : guide.name(), f[0], f[1], f[2], f[3],
                    f[1] == 0 ? null : Math.round(f[4] * 10.0 / f[1]) / 10.0, guide == null ? 0 : guide.promisedDays()));
        });
        long decided = raw.decided().size();
        Map<Integer, Long> byGrade = new LinkedHashMap<>();
        for (int g = 5; g >= 1; g--) {
            byGrade.put(g, 0L);
        }
        long ratings = 0;
        long satisfied = 0;
        long bad = 0;
        for (Object[] row : raw.grades()) {
            int grade = (int) number(row[0]);
            long n = number(row[1]);
            byGrade.put(grade, n);
            ratings += n;
            satisfied += grade >= 3 ? n : 0;
            bad += grade <= 2 ? n : 0;
        }
        return new ServiceStats(from, to, submitted, byState, byChannel, byItem,
                new ServiceStats.Timeliness(decided, onTime, decided - onTime, Share.of(onTime, decided).rate()),
                Share.of(number(raw.completions()[0]), number(raw.completions()[1])),
                raw.breaches(),
                new ServiceStats.Corrections(number(raw.corrections()[0]), number(raw.corrections()[1])),
                new ServiceStats.Satisfaction(ratings, byGrade, Share.of(satisfied, ratings), bad,
                        Share.of(number(raw.rectifications()[1]), number(raw.rectifications()[0]))),
                months(raw.submittedByMonth(), raw.completedByMonth(), from, to));
    }

    private static List<MonthFigures> months(List<Object[]> submitted, List<Object[]> completed, LocalDate from, LocalDate to) {
        Map<String, long[]> months = new TreeMap<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m.toString().substring(0, 7), new long[2]);
        }
        submitted.forEach(r -> months.computeIfAbsent((String) r[0], k -> new long[2])[0] = number(r[1]));
        completed.forEach(r -> months.computeIfAbsent((String) r[0], k -> new long[2])[1] = number(r[1]));
        List<MonthFigures> list = new ArrayList<>();
        months.forEach((month, f) -> list.add(new MonthFigures(month, f[0], f[1])));
        return list;
    }

    private static Uni<List<Object[]>> list(Mutiny.Session s, String sql, OffsetDateTime from, OffsetDateTime to) {
        return s.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static Uni<Object[]> one(Mutiny.Session s, String sql, OffsetDateTime from, OffsetDateTime to) {
        return s.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
