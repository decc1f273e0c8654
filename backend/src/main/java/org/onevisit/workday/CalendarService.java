package org.onevisit.workday;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.onevisit.audit.AuditEntry;
import org.onevisit.audit.AuditService;
import org.onevisit.platform.ProblemException;
import org.onevisit.platform.Violation;

/**
 * The working-day calendar. Reads come from an in-memory {@link WorkdayCalendar} (the table changes a
 * few times a year), rebuilt after an edit here, or after {@link #TTL} so that an edit made through
 * another instance is seen too.
 */
@ApplicationScoped
public class CalendarService {

    /** How long a calendar built from the table is used before it is read again. */
    static final Duration TTL = Duration.ofMinutes(10);
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final CalendarRepository repository;
    private final AuditService audit;
    private final Clock clock = Clock.system(WorkdayCalendar.ZONE);
    /** Bumped by every edit, so that a read which started before the edit cannot cache what it saw. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    private record Snapshot(WorkdayCalendar calendar, Instant loadedAt) {}

    public CalendarService(CalendarRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The calendar, from memory unless it was edited or has grown old. */
    public Uni<WorkdayCalendar> calendar() {
        Snapshot cached = snapshot;
        Instant now = clock.instant();
        if (cached != null && cached.loadedAt().plus(TTL).isAfter(now)) {
            return Uni.createFrom().item(cached.calendar());
        }
        long seen = generation.get();
        return repository.everyDay()
                .map(rows -> new WorkdayCalendar(rows.stream().map(CalendarDay::view).toList()))
                .invoke(fresh -> {
                    if (generation.get() == seen) {
                        snapshot = new Snapshot(fresh, now);
                    }
                });
    }

    /** Today in the bureau's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Uni<YearCalendar> year(int year) {
        return calendar().map(c -> new YearCalendar(year, c.days(year), c.workingDaysInYear(year)));
    }

    /**
     * Records a weekday off or a weekend day on (replacing what the day had), confirmed: not provisional.
     * 400 for a malformed date or a missing, unknown or over-long field (all named together); 422 when
     * the day already is what it would become (a holiday on a weekend, a working day on a weekday).
     */
    public Uni<SpecialDay> upsert(String rawDate, DayRequest request, UUID by, String byName, String clientIp) {
        List<Violation> violations = new ArrayList<>();
        LocalDate date = parseDate("date", rawDate, violations);
        DayKind kind = kind(request == null ? null : request.kind(), violations);
        String name = name(request == null ? null : request.name(), violations);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest(violations));
        }
        boolean weekend = WorkdayCalendar.isWeekend(date);
        if (kind == DayKind.HOLIDAY && weekend) {
            return Uni.createFrom().failure(ProblemException.unprocessable("calendar-no-change",
                    List.of(Violation.of("kind", "calendar.kind.holiday-on-weekend", date.toString()))));
        }
        if (kind == DayKind.WORKDAY && !weekend) {
            return Uni.createFrom().failure(ProblemException.unprocessable("calendar-no-change",
                    List.of(Violation.of("kind", "calendar.kind.workday-on-weekday", date.toString()))));
        }
        return Panache.withTransaction(() -> repository.findById(date).chain(existing -> {
                    String before = existing == null ? "none" : describe(existing);
                    CalendarDay row = existing == null ? new CalendarDay() : existing;
                    row.day = date;
                    row.kind = kind;
                    row.name = name;
                    row.provisional = false;
                    row.updatedBy = byName;
                    row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    Uni<CalendarDay> saved = existing == null ? repository.persist(row) : Uni.createFrom().item(row);
                    return saved.call(r -> audit.record(new AuditEntry(by, byName, "CALENDAR_EDIT", date.toString(),
                            clientIp, AuditEntry.Result.SUCCESS, before + " -> " + describe(r))));
                }))
                .map(CalendarDay::view)
                .invoke(this::invalidate);
    }

    /** Removes an exception: the day goes back to what its weekday makes it. 404 if it had none. */
    public Uni<Void> delete(String rawDate, UUID by, String byName, String clientIp) {
        List<Violation> violations = new ArrayList<>();
        LocalDate date = parseDate("date", rawDate, violations);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badRequest(violations));
        }
        return Panache.withTransaction(() -> repository.findById(date).chain(existing -> {
                    if (existing == null) {
                        return Uni.createFrom().<Void>failure(
                                ProblemException.notFound("problem.not-found.calendar-day", date.toString()));
                    }
                    String before = describe(existing);
                    return repository.delete(existing)
                            .call(() -> audit.record(new AuditEntry(by, byName, "CALENDAR_EDIT", date.toString(),
                                    clientIp, AuditEntry.Result.SUCCESS, before + " -> none")));
                }))
                .invoke(this::invalidate);
    }

    public void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /** Parses a day of the API (ISO yyyy-MM-dd, 2000-2100), adding a violation named {@code field} if it is wrong. */
    static LocalDate parseDate(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(Violation.of(field, "field.required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "calendar.date.format"));
            return null;
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            violations.add(Violation.of(field, "param.range", MIN_YEAR + "-01-01", MAX_YEAR + "-12-31"));
            return null;
        }
        return date;
    }

    private static DayKind kind(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(Violation.of("kind", "field.required"));
            return null;
        }
        try {
            return DayKind.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("kind", "param.enum",
                    String.join(", ", Arrays.stream(DayKind.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private static String name(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(Violation.of("name", "field.required"));
            return null;
        }
        String name = raw.strip();
        if (name.length() > DayRequest.NAME_MAX) {
            violations.add(Violation.of("name", "field.too-long", DayRequest.NAME_MAX));
            return null;
        }
        return name;
    }

    private static String describe(CalendarDay day) {
        return day.kind + " " + day.name + (day.provisional ? " (provisional)" : "");
    }
}
