package org.onevisit.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.reactive.mutiny.Mutiny;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.stats.ServiceStats.ItemFigures;
import org.onevisit.stats.ServiceStats.MonthFigures;
import org.onevisit.workday.CalendarService;

/**
 * Computes the public service figures from the cases, ratings and visits of a period (calendar days
 * in the bureau's time zone): the whole bureau's {@link CaseFigures}, with the figures per item and per
 * month. Results are kept for a minute: the dashboard is public and read often.
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
        StatsPeriod period = new StatsPeriod(from, to);
        return catalog.current().chain(c -> calendars.calendar().chain(calendar -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> CaseFigures.count(s, Grouping.BUREAU, period, c, calendar)
                        .chain(counted -> months(s, period).map(months -> assemble(counted, months, c, period)))))))
                .invoke(stats -> {
                    if (cache.size() > 200) {
                        cache.clear();
                    }
                    cache.put(key, new Cached(stats, Instant.now()));
                });
    }

    private static ServiceStats assemble(CaseFigures.Counted counted, List<MonthFigures> months, Catalog catalog,
                                         StatsPeriod period) {
        GroupFigures f = counted.group("").figures();
        List<ItemFigures> byItem = new ArrayList<>();
        counted.items().forEach((code, t) -> {
            Guide guide = catalog.find(code).orElse(null);
            byItem.add(new ItemFigures(code, guide == null ? code : guide.name(), t.submitted, t.decided, t.onTime,
                    t.overdue(), t.averageWorkingDays(), guide == null ? 0 : guide.promisedDays()));
        });
        return new ServiceStats(period.from(), period.to(), f.submitted(), f.byState(), f.byChannel(), byItem,
                f.timeliness(), f.zeroVisitCompletions(), f.visitsWaived(), f.visitBreaches(), f.corrections(), f.satisfaction(), months);
    }

    /** Cases submitted and completed in each month of the period (months without any are listed with zeros). */
    private static Uni<List<MonthFigures>> months(Mutiny.Session s, StatsPeriod period) {
        return CaseFigures.list(s, "select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*) "
                        + "from application where submitted_at is not null and created_at >= :from and created_at < :to "
                        + "group by 1", period.start(), period.end())
                .chain(submitted -> CaseFigures.list(s, "select to_char(completed_at at time zone 'Asia/Shanghai', 'YYYY-MM'), "
                        + "count(*) from application where completed_at >= :from and completed_at < :to group by 1",
                        period.start(), period.end())
                .map(completed -> {
                    Map<String, long[]> months = new TreeMap<>();
                    for (LocalDate m = period.from().withDayOfMonth(1); !m.isAfter(period.to()); m = m.plusMonths(1)) {
                        months.put(m.toString().substring(0, 7), new long[2]);
                    }
                    submitted.forEach(r -> months.computeIfAbsent((String) r[0], k -> new long[2])[0] = CaseFigures.number(r[1]));
                    completed.forEach(r -> months.computeIfAbsent((String) r[0], k -> new long[2])[1] = CaseFigures.number(r[1]));
                    List<MonthFigures> list = new ArrayList<>();
                    months.forEach((month, f) -> list.add(new MonthFigures(month, f[0], f[1])));
                    return list;
                }));
    }
}
