package org.onevisit.workday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days and time limits counted in them: Monday to Friday, except the statutory holidays on
 * weekdays and the weekend days declared working days (调休) that it was built with. Immutable, no I/O;
 * days are calendar days in {@link #ZONE}. Days in years it holds no data for count as plain
 * Monday-Friday.
 *
 * <p>Counting follows the Administrative Licensing Law: the day a case is accepted is not counted, so a
 * limit of N working days accepted on day A ends on the N-th working day after A.
 */
public final class WorkdayCalendar {

    /** Calendar days are those of the bureau. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** No exceptions at all: plain Monday-Friday. */
    public static final WorkdayCalendar PLAIN = new WorkdayCalendar(List.of());

    private final NavigableMap<LocalDate, SpecialDay> days;

    /** @throws IllegalArgumentException if a date is listed twice */
    public WorkdayCalendar(Collection<SpecialDay> specialDays) {
        TreeMap<LocalDate, SpecialDay> map = new TreeMap<>();
        for (SpecialDay day : specialDays) {
            if (map.put(day.date(), day) != null) {
                throw new IllegalArgumentException("the calendar lists " + day.date() + " twice");
            }
        }
        this.days = Collections.unmodifiableNavigableMap(map);
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate day) {
        SpecialDay special = days.get(day);
        if (special != null) {
            return special.kind() == DayKind.WORKDAY;
        }
        return !isWeekend(day);
    }

    /** The exception recorded for a day, if any. */
    public Optional<SpecialDay> special(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    /** The exceptions of one year, in date order. */
    public List<SpecialDay> days(int year) {
        return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** Whether any exception is recorded for the year (if not, it counts as plain Monday-Friday). */
    public boolean covers(int year) {
        return !days.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty();
    }

    /** Whether some day of the year is still an unconfirmed estimate. */
    public boolean provisional(int year) {
        return days(year).stream().anyMatch(SpecialDay::provisional);
    }

    public int workingDaysInYear(int year) {
        return workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /**
     * The n-th working day after {@code start} ({@code start} itself not counted). For n = 0:
     * {@code start} if it is a working day, else the next working day.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days from {@code from} (included) to {@code toExclusive} (excluded); negative, the
     * same count, when {@code toExclusive} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        if (toExclusive.isBefore(from)) {
            return -workingDaysBetween(toExclusive, from);
        }
        long total = ChronoUnit.DAYS.between(from, toExclusive);
        long weekdays = total / 7 * 5;
        LocalDate day = from.plusDays(total / 7 * 7);
        for (; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (!isWeekend(day)) {
                weekdays++;
            }
        }
        for (SpecialDay special : days.subMap(from, true, toExclusive, false).values()) {
            boolean weekend = isWeekend(special.date());
            if (special.kind() == DayKind.HOLIDAY && !weekend) {
                weekdays--;
            } else if (special.kind() == DayKind.WORKDAY && weekend) {
                weekdays++;
            }
        }
        return Math.toIntExact(weekdays);
    }

    /**
     * The working days the pauses stopped the clock for, after {@code accepted}. Overlapping pauses
     * count once; days up to and including the acceptance day count for nothing (the limit does not
     * run on them anyway). An open pause counts through {@code asOf}: as if it were lifted the next day.
     *
     * @param asOf the day an open pause is counted up to (inclusive); may be null only if no pause is open
     * @throws IllegalArgumentException if a pause is open and {@code asOf} is null
     */
    public int pausedWorkingDays(LocalDate accepted, List<Pause> pauses, LocalDate asOf) {
        LocalDate clockStarts = accepted.plusDays(1);
        List<LocalDate[]> spans = new ArrayList<>();
        for (Pause pause : pauses) {
            LocalDate end = pause.toExclusive();
            if (end == null) {
                if (asOf == null) {
                    throw new IllegalArgumentException(
                            "the pause from " + pause.from() + " is still open: give the day to count it up to");
                }
                end = asOf.plusDays(1);
            }
            LocalDate start = pause.from().isBefore(clockStarts) ? clockStarts : pause.from();
            if (start.isBefore(end)) {
                spans.add(new LocalDate[] {start, end});
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        int paused = 0;
        LocalDate[] current = null;
        for (LocalDate[] span : spans) {
            if (current != null && !span[0].isAfter(current[1])) {
                if (span[1].isAfter(current[1])) {
                    current[1] = span[1];
                }
                continue;
            }
            if (current != null) {
                paused += workingDaysBetween(current[0], current[1]);
            }
            current = span;
        }
        if (current != null) {
            paused += workingDaysBetween(current[0], current[1]);
        }
        return paused;
    }

    /**
     * The last day of a limit of {@code limitDays} working days for a case accepted on {@code accepted},
     * lengthened by the working days the pauses cover: {@code addWorkingDays(accepted, limitDays + paused)}.
     * Every pause must be closed; for a case still paused use {@link #dueDate(LocalDate, int, List, LocalDate)}.
     *
     * @throws IllegalArgumentException if a pause is still open or the limit is negative
     */
    public LocalDate dueDate(LocalDate accepted, int limitDays, List<Pause> pauses) {
        return dueDate(accepted, limitDays, pauses, null);
    }

    /**
     * As {@link #dueDate(LocalDate, int, List)}, with an open pause counted through {@code asOf} (usually
     * today): the due date if the pause were lifted tomorrow. While a case stays paused its due date moves
     * on by a working day every working day, and its remaining working days stay the same.
     */
    public LocalDate dueDate(LocalDate accepted, int limitDays, List<Pause> pauses, LocalDate asOf) {
        if (limitDays < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + limitDays);
        }
        return addWorkingDays(accepted, limitDays + pausedWorkingDays(accepted, pauses, asOf));
    }

    /**
     * The working days left until the end of {@code due}: before it, the working days after today up to
     * and including {@code due} (1 when {@code due} is the next working day); 0 on the due day itself;
     * negative once {@code due} has passed (-1 on the days after it up to and including the next working
     * day, -2 on the second working day after it, ...).
     */
    public int remainingWorkingDays(LocalDate today, LocalDate due) {
        if (!today.isAfter(due)) {
            return workingDaysBetween(today.plusDays(1), due.plusDays(1));
        }
        return -Math.max(1, workingDaysBetween(due.plusDays(1), today.plusDays(1)));
    }
}
