package org.onevisit.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onevisit.catalog.CatalogService;
import org.onevisit.catalog.Guide;
import org.onevisit.workday.CalendarService;
import org.onevisit.workday.WorkdayCalendar;

/**
 * The most-used items (常办事项) of the home page: the items in force with the most cases submitted in the last
 * 365 days, ties and items without cases in catalogue order (so a new portal shows the catalogue's first items).
 * The counts are kept for a few minutes: the home page is read far more often than cases are submitted.
 */
@ApplicationScoped
public class PopularItems {

    static final int PERIOD_DAYS = 365;
    static final Duration TTL = Duration.ofMinutes(5);

    private final CatalogService catalog;
    private final CalendarService calendars;
    private final AtomicReference<Counts> cached = new AtomicReference<>();

    public PopularItems(CatalogService catalog, CalendarService calendars) {
        this.catalog = catalog;
        this.calendars = calendars;
    }

    @Schema(name = "PopularItems")
    public record Answer(@Schema(description = "First day counted") LocalDate since, List<Entry> items) {}

    @Schema(name = "PopularItem")
    public record Entry(String code, String name, Guide.ProcessKind kind, boolean zeroVisit, boolean online,
                        @Schema(description = "Cases submitted since the first day counted") long applications) {}

    private record Counts(LocalDate since, Map<String, Long> byItem, long readAt) {}

    public Uni<Answer> top(int limit) {
        return counts().chain(counts -> catalog.current().map(c -> {
            List<Guide> active = c.guides().stream().filter(g -> g.status() == Guide.ItemStatus.ACTIVE).toList();
            List<Entry> ranked = IntStream.range(0, active.size()).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> -counts.byItem().getOrDefault(active.get(i).code(), 0L))
                            .thenComparing(i -> i))
                    .limit(limit)
                    .map(i -> entry(active.get(i), counts.byItem().getOrDefault(active.get(i).code(), 0L)))
                    .toList();
            return new Answer(counts.since(), ranked);
        }));
    }

    /** Drops the kept counts (tests; an instance otherwise re-reads them after the TTL). */
    public void forget() {
        cached.set(null);
    }

    private static Entry entry(Guide g, long applications) {
        return new Entry(g.code(), g.name(), g.kind(), g.zeroVisit(), g.online(), applications);
    }

    private Uni<Counts> counts() {
        Counts kept = cached.get();
        long now = System.currentTimeMillis();
        if (kept != null && now - kept.readAt() < TTL.toMillis()) {
            return Uni.createFrom().item(kept);
        }
        LocalDate since = calendars.today().minusDays(PERIOD_DAYS - 1L);
        OffsetDateTime from = since.atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select item_code, count(*) from application where submitted_at >= :from group by item_code", Object[].class)
                .setParameter("from", from).getResultList()))
                .map(rows -> {
                    Map<String, Long> byItem = new HashMap<>();
                    rows.forEach(r -> byItem.put((String) r[0], ((Number) r[1]).longValue()));
                    Counts fresh = new Counts(since, byItem, now);
                    cached.set(fresh);
                    return fresh;
                });
    }
}
