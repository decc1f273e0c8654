package org.onevisit.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.onevisit.catalog.CatalogService;
import org.onevisit.workday.CalendarService;
import org.onevisit.workday.WorkdayCalendar;

/**
 * A case's clock, in the caller's transaction: started at acceptance (from receipt when the 5-day
 * rule applies), paused for a correction or a special procedure, resumed; the stored due dates (which
 * order the workbench queue) are recomputed whenever it changes.
 */
@ApplicationScoped
public class CaseClock {

    private final CatalogService catalog;
    private final CalendarService calendars;
    private final CaseQueries queries;

    public CaseClock(CatalogService catalog, CalendarService calendars, CaseQueries queries) {
        this.catalog = catalog;
        this.calendars = calendars;
        this.queries = queries;
    }

    public Uni<Void> start(Application a) {
        return calendars.calendar().chain(calendar -> {
            LocalDate today = calendars.today();
            LocalDate received = a.submittedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
            a.acceptedLate = Deadlines.acceptanceOverdue(calendar, received, today);
            a.clockStart = Deadlines.clockStart(calendar, received, today);
            return recompute(a);
        });
    }

    public Uni<Void> pause(Application a, ApplicationPause.Kind kind, String reason) {
        ApplicationPause pause = new ApplicationPause();
        pause.applicationId = a.id;
        pause.kind = kind;
        pause.reason = reason;
        pause.fromDate = calendars.today();
        a.pausedSince = pause.fromDate;
        a.pauseReason = reason;
        return Panache.getSession().chain(s -> s.persist(pause));
    }

    /** Ends the open pause, if any. */
    public Uni<Void> resume(Application a) {
        if (a.pausedSince == null) {
            return Uni.createFrom().voidItem();
        }
        a.pausedSince = null;
        a.pauseReason = null;
        LocalDate today = calendars.today();
        return queries.pauses(a.id).invoke(pauses -> pauses.stream().filter(p -> p.toDate == null)
                .forEach(p -> p.toDate = today)).chain(() -> recompute(a));
    }

    private Uni<Void> recompute(Application a) {
        if (a.clockStart == null) {
            return Uni.createFrom().voidItem();
        }
        return catalog.version(a.itemCode, a.itemVersion).chain(guide -> calendars.calendar()
                .chain(calendar -> queries.pauses(a.id).map(rows -> {
                    var pauses = rows.stream().map(ApplicationPause::asPause).toList();
                    LocalDate today = calendars.today();
                    a.dueDate = calendar.dueDate(a.clockStart, guide.promisedDays(), pauses, today);
                    a.statutoryDueDate = guide.statutoryDays() == null ? null
                            : calendar.dueDate(a.clockStart, guide.statutoryDays(), pauses, today);
                    return null;
                })));
    }
}
