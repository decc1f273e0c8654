package org.onevisit.workday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Working days and time limits, on the calendar the migration seeds (read from the migration itself). */
class WorkdayCalendarTest {

    static final WorkdayCalendar CAL = new WorkdayCalendar(seededDays());

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The rows inserted by V4__workday.sql. */
    static List<SpecialDay> seededDays() {
        String sql;
        try (InputStream in = WorkdayCalendarTest.class.getResourceAsStream("/db/migration/V4__workday.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '([^']+)', (true|false), 'SYSTEM'\\)")
                .matcher(sql);
        List<SpecialDay> days = new ArrayList<>();
        while (m.find()) {
            days.add(new SpecialDay(d(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3), Boolean.parseBoolean(m.group(4))));
        }
        return days;
    }

    @Test
    void theSeedIsConsistent() {
        List<SpecialDay> days = seededDays();
        assertEquals(25, CAL.days(2026).size());
        assertEquals(23, CAL.days(2027).size());
        assertEquals(48, days.size());
        for (SpecialDay day : days) {
            // a weekday off or a weekend day on: anything else would change nothing
            assertEquals(day.kind() == DayKind.WORKDAY, WorkdayCalendar.isWeekend(day.date()), day.toString());
            assertEquals(day.date().getYear() == 2027, day.provisional(), day.toString());
        }
        // 261 weekdays less 13 statutory holidays (the 2024 rules) in each year
        assertEquals(248, CAL.workingDaysInYear(2026));
        assertEquals(248, CAL.workingDaysInYear(2027));
        assertTrue(CAL.provisional(2027));
        assertFalse(CAL.provisional(2026));
    }

    @Test
    void weekendsAreDaysOff() {
        assertFalse(CAL.isWorkingDay(d("2026-03-07")));
        assertFalse(CAL.isWorkingDay(d("2026-03-08")));
        assertTrue(CAL.isWorkingDay(d("2026-03-06")));
        assertTrue(CAL.isWorkingDay(d("2026-03-09")));
        assertEquals(d("2026-03-09"), CAL.addWorkingDays(d("2026-03-06"), 1));
        assertEquals(5, CAL.workingDaysBetween(d("2026-03-09"), d("2026-03-16")));
    }

    @Test
    void aStatutoryHolidayOnAWeekdayIsADayOff() {
        LocalDate qingming = d("2026-04-06"); // Monday
        assertFalse(CAL.isWorkingDay(qingming));
        assertEquals("清明节", CAL.special(qingming).orElseThrow().name());
        assertFalse(CAL.isWorkingDay(d("2026-10-01")));
        assertEquals(d("2026-04-07"), CAL.addWorkingDays(d("2026-04-03"), 1));
        assertEquals(d("2026-04-06"), WorkdayCalendar.PLAIN.addWorkingDays(d("2026-04-03"), 1));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        LocalDate saturday = d("2026-02-28");
        assertTrue(CAL.isWorkingDay(saturday));
        assertEquals(DayKind.WORKDAY, CAL.special(saturday).orElseThrow().kind());
        assertTrue(CAL.isWorkingDay(d("2026-05-09")));
        assertTrue(CAL.isWorkingDay(d("2026-01-04"))); // a Sunday
        assertEquals(saturday, CAL.addWorkingDays(d("2026-02-27"), 1));
        assertEquals(5, CAL.workingDaysBetween(d("2026-02-23"), d("2026-03-02")));
    }

    @Test
    void theSpringFestivalWeek2026() {
        assertTrue(CAL.isWorkingDay(d("2026-02-13")));
        assertTrue(CAL.isWorkingDay(d("2026-02-14"))); // Saturday, worked
        for (LocalDate day = d("2026-02-15"); day.isBefore(d("2026-02-24")); day = day.plusDays(1)) {
            assertFalse(CAL.isWorkingDay(day), day + " is in the nine days off");
        }
        assertTrue(CAL.isWorkingDay(d("2026-02-24")));
        assertEquals(d("2026-02-14"), CAL.addWorkingDays(d("2026-02-13"), 1));
        assertEquals(d("2026-02-24"), CAL.addWorkingDays(d("2026-02-14"), 1));
        assertEquals(d("2026-02-24"), CAL.addWorkingDays(d("2026-02-16"), 0));
        // February 2026: 20 weekdays, 6 of them off, 2 Saturdays worked
        assertEquals(16, CAL.workingDaysBetween(d("2026-02-01"), d("2026-03-01")));
    }

    @Test
    void aLimitRunsOverTheYearBoundaryAndNewYearsDay() {
        // accepted Thursday 24 December 2026: 25, 28, 29, 30, 31 December; 1 January 2027 is off
        assertEquals(d("2026-12-31"), CAL.addWorkingDays(d("2026-12-24"), 5));
        assertEquals(d("2027-01-05"), CAL.dueDate(d("2026-12-24"), 7, List.of()));
        assertEquals(d("2027-01-04"), WorkdayCalendar.PLAIN.dueDate(d("2026-12-24"), 7, List.of()));
        assertEquals(7, CAL.workingDaysBetween(d("2026-12-25"), d("2027-01-06")));
        assertEquals(3, CAL.remainingWorkingDays(d("2026-12-30"), d("2027-01-05")));
    }

    @Test
    void aCorrectionPauseOfThreeWorkingDaysMovesTheDueDateByThree() {
        LocalDate accepted = d("2026-03-02"); // Monday; March 2026 has no holidays
        LocalDate unpaused = CAL.dueDate(accepted, 20, List.of());
        assertEquals(d("2026-03-30"), unpaused);
        // the applicant is asked for a correction on Tuesday 10 March and answers on Friday 13 March
        List<Pause> pauses = List.of(new Pause(d("2026-03-10"), d("2026-03-13")));
        assertEquals(3, CAL.pausedWorkingDays(accepted, pauses, null));
        LocalDate due = CAL.dueDate(accepted, 20, pauses);
        assertEquals(d("2026-04-02"), due);
        assertEquals(CAL.addWorkingDays(unpaused, 3), due);
        assertEquals(3, CAL.workingDaysBetween(unpaused.plusDays(1), due.plusDays(1)));
        // five paused working days carry the limit over 清明 (Monday 6 April)
        assertEquals(d("2026-04-07"), CAL.dueDate(accepted, 20, List.of(new Pause(d("2026-03-10"), d("2026-03-17")))));
    }

    @Test
    void anOpenPauseCountsUpToTodayAndFreezesTheRemainingDays() {
        LocalDate accepted = d("2026-03-02");
        List<Pause> pauses = List.of(Pause.open(d("2026-03-10")));
        assertTrue(pauses.get(0).isOpen());
        // 3,4,5,6,9 March were used: 15 of 20 working days remain, whichever day of the pause it is
        LocalDate dueOn12 = CAL.dueDate(accepted, 20, pauses, d("2026-03-12"));
        assertEquals(d("2026-04-02"), dueOn12);
        assertEquals(15, CAL.remainingWorkingDays(d("2026-03-12"), dueOn12));
        LocalDate dueOn13 = CAL.dueDate(accepted, 20, pauses, d("2026-03-13"));
        assertEquals(d("2026-04-03"), dueOn13);
        assertEquals(15, CAL.remainingWorkingDays(d("2026-03-13"), dueOn13));
        assertEquals(dueOn13, CAL.dueDate(accepted, 20, pauses, d("2026-03-14"))); // a Saturday adds nothing
        // on the day the pause starts the clock is already stopped
        assertEquals(d("2026-03-31"), CAL.dueDate(accepted, 20, pauses, d("2026-03-10")));
        // an open pause needs the day to count it to
        assertThrows(IllegalArgumentException.class, () -> CAL.dueDate(accepted, 20, pauses));
        // once lifted, it is a closed pause like any other
        assertEquals(dueOn13, CAL.dueDate(accepted, 20, List.of(new Pause(d("2026-03-10"), d("2026-03-16")))));
    }

    @Test
    void aPauseOverDaysOffAddsNothing() {
        LocalDate accepted = d("2026-02-10");
        LocalDate unpaused = CAL.dueDate(accepted, 10, List.of());
        assertEquals(d("2026-03-02"), unpaused);
        // Sunday 15 to Monday 23 February: weekend and Spring Festival only
        assertEquals(unpaused, CAL.dueDate(accepted, 10, List.of(new Pause(d("2026-02-15"), d("2026-02-24")))));
        // a weekend
        assertEquals(unpaused, CAL.dueDate(accepted, 10, List.of(new Pause(d("2026-02-21"), d("2026-02-23")))));
        // an empty pause, and one before acceptance
        assertEquals(unpaused, CAL.dueDate(accepted, 10, List.of(new Pause(d("2026-02-12"), d("2026-02-12")))));
        assertEquals(unpaused, CAL.dueDate(accepted, 10, List.of(new Pause(d("2026-02-02"), d("2026-02-11")))));
    }

    @Test
    void overlappingPausesCountOnce() {
        LocalDate accepted = d("2026-03-02");
        List<Pause> pauses = List.of(new Pause(d("2026-03-11"), d("2026-03-13")), new Pause(d("2026-03-10"), d("2026-03-12")),
                new Pause(d("2026-03-24"), d("2026-03-25")));
        assertEquals(4, CAL.pausedWorkingDays(accepted, pauses, null));
        assertEquals(CAL.addWorkingDays(accepted, 24), CAL.dueDate(accepted, 20, pauses));
        assertThrows(IllegalArgumentException.class, () -> new Pause(d("2026-03-12"), d("2026-03-11")));
    }

    @Test
    void remainingWorkingDaysArePositiveThenZeroThenNegative() {
        LocalDate due = d("2026-04-07"); // Tuesday after 清明
        assertEquals(5, CAL.remainingWorkingDays(d("2026-03-30"), due));
        assertEquals(1, CAL.remainingWorkingDays(d("2026-04-03"), due));
        assertEquals(1, CAL.remainingWorkingDays(d("2026-04-05"), due));
        assertEquals(0, CAL.remainingWorkingDays(due, due));
        assertEquals(-1, CAL.remainingWorkingDays(d("2026-04-08"), due));
        assertEquals(-3, CAL.remainingWorkingDays(d("2026-04-10"), due));
        assertEquals(-3, CAL.remainingWorkingDays(d("2026-04-11"), due));
        // overdue on the weekend straight after a Friday deadline
        assertEquals(-1, CAL.remainingWorkingDays(d("2026-04-11"), d("2026-04-10")));
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
        assertEquals(d("2026-03-02"), CAL.addWorkingDays(d("2026-03-02"), 0));
        assertEquals(d("2026-02-28"), CAL.addWorkingDays(d("2026-02-28"), 0)); // a Saturday worked
        assertEquals(d("2026-03-02"), CAL.addWorkingDays(d("2026-03-01"), 0)); // a Sunday
        assertEquals(d("2026-04-07"), CAL.addWorkingDays(d("2026-04-04"), 0));
        assertEquals(d("2026-03-02"), CAL.dueDate(d("2026-03-02"), 0, List.of())); // 即办件: the same day
        assertThrows(IllegalArgumentException.class, () -> CAL.addWorkingDays(d("2026-03-02"), -1));
        assertThrows(IllegalArgumentException.class, () -> CAL.dueDate(d("2026-03-02"), -1, List.of()));
    }

    @Test
    void aYearWithoutDataFallsBackToMondayToFriday() {
        assertFalse(CAL.covers(2035));
        assertTrue(CAL.covers(2026));
        assertEquals(List.of(), CAL.days(2035));
        assertTrue(CAL.isWorkingDay(d("2035-01-01"))); // a Monday: no data says it is off
        assertFalse(CAL.isWorkingDay(d("2035-01-06")));
        assertEquals(261, CAL.workingDaysInYear(2035));
        assertEquals(d("2035-12-31"), CAL.addWorkingDays(d("2035-12-28"), 1));
        assertEquals(d("2036-01-07"), CAL.dueDate(d("2035-12-28"), 6, List.of()));
        assertEquals(0, CAL.remainingWorkingDays(d("2035-06-01"), d("2035-06-01")));
        assertEquals(261, WorkdayCalendar.PLAIN.workingDaysInYear(2099));
    }

    @Test
    void workingDaysBetweenIsAHalfOpenRangeAndMatchesCountingDayByDay() {
        assertEquals(0, CAL.workingDaysBetween(d("2026-03-02"), d("2026-03-02")));
        assertEquals(1, CAL.workingDaysBetween(d("2026-03-02"), d("2026-03-03")));
        assertEquals(-5, CAL.workingDaysBetween(d("2026-03-16"), d("2026-03-09")));
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            LocalDate from = d("2025-11-01").plusDays(random.nextInt(900));
            LocalDate to = from.plusDays(random.nextInt(60));
            int counted = 0;
            for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                if (CAL.isWorkingDay(day)) {
                    counted++;
                }
            }
            assertEquals(counted, CAL.workingDaysBetween(from, to), from + " to " + to);
            if (counted > 0) {
                // the counted-th working day from the day before 'from' is the last working day in the range
                LocalDate last = CAL.addWorkingDays(from.minusDays(1), counted);
                assertTrue(last.isBefore(to) && CAL.isWorkingDay(last));
                assertEquals(counted, CAL.workingDaysBetween(from, last.plusDays(1)));
            }
        }
    }

    @Test
    void aDateListedTwiceIsRefused() {
        SpecialDay day = new SpecialDay(d("2026-04-06"), DayKind.HOLIDAY, "清明节", false);
        assertThrows(IllegalArgumentException.class, () -> new WorkdayCalendar(List.of(day, day)));
    }
}
