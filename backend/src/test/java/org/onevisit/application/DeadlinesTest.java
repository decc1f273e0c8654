package org.onevisit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.application.ApplicationView.Deadline;
import org.onevisit.workday.DayKind;
import org.onevisit.workday.Pause;
import org.onevisit.workday.SpecialDay;
import org.onevisit.workday.WorkdayCalendar;

/** Time limits over the working-day calendar: the 5-day acceptance rule, pauses, holidays, the year boundary. */
class DeadlinesTest {

    /** National Day 2026 (1–7 October off, Saturday 10 October worked) and New Year 2027. */
    static final WorkdayCalendar CALENDAR = new WorkdayCalendar(List.of(
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-05"), holiday("2026-10-06"),
            holiday("2026-10-07"), new SpecialDay(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "国庆节调休上班", false),
            holiday("2027-01-01")));

    static SpecialDay holiday(String day) {
        return new SpecialDay(LocalDate.parse(day), DayKind.HOLIDAY, "假日", false);
    }

    static Application submittedOn(String day, ApplicationState state) {
        Application a = new Application();
        a.state = state;
        a.submittedAt = ZonedDateTime.of(LocalDate.parse(day), LocalTime.of(23, 30), WorkdayCalendar.ZONE).toOffsetDateTime();
        return a;
    }

    @Test
    void theFiveDayRuleCountsWorkingDaysAcrossHolidaysAndMadeUpWorkdays() {
        LocalDate received = LocalDate.parse("2026-09-28");
        // 29, 30 September, 8, 9 October and Saturday 10 October (worked) are the five working days
        assertFalse(Deadlines.acceptanceOverdue(CALENDAR, received, LocalDate.parse("2026-10-09")));
        assertFalse(Deadlines.acceptanceOverdue(CALENDAR, received, LocalDate.parse("2026-10-10")));
        assertFalse(Deadlines.acceptanceOverdue(CALENDAR, received, LocalDate.parse("2026-10-11")));
        assertTrue(Deadlines.acceptanceOverdue(CALENDAR, received, LocalDate.parse("2026-10-12")));
        assertEquals(LocalDate.parse("2026-10-10"), Deadlines.clockStart(CALENDAR, received, LocalDate.parse("2026-10-10")));
        // late acceptance: the clock counts from receipt
        assertEquals(received, Deadlines.clockStart(CALENDAR, received, LocalDate.parse("2026-10-12")));
    }

    @Test
    void aSubmissionLateForAcceptanceIsFlaggedAndRunsItsClockFromReceipt() {
        Application a = submittedOn("2026-09-28", ApplicationState.SUBMITTED);
        Deadline inTime = Deadlines.of(a, 5, 20, CALENDAR, List.of(), LocalDate.parse("2026-10-09"));
        assertFalse(inTime.acceptanceOverdue());
        assertNull(inTime.dueDate());
        Deadline late = Deadlines.of(a, 5, 20, CALENDAR, List.of(), LocalDate.parse("2026-10-12"));
        assertTrue(late.acceptanceOverdue());
        assertEquals(LocalDate.parse("2026-09-28"), late.clockStart());
        assertEquals(LocalDate.parse("2026-10-10"), late.dueDate());
        assertEquals(Urgency.RED, late.urgency());
    }

    @Test
    void theDueDateCrossesTheYearAndIsLengthenedByPauses() {
        Application a = submittedOn("2026-12-29", ApplicationState.UNDER_REVIEW);
        a.clockStart = LocalDate.parse("2026-12-30");
        // 31 Dec, (1 Jan off), 4, 5, 6, 7 Jan
        Deadline plain = Deadlines.of(a, 5, null, CALENDAR, List.of(), LocalDate.parse("2027-01-05"));
        assertEquals(LocalDate.parse("2027-01-07"), plain.dueDate());
        assertEquals(2, plain.remainingWorkingDays());
        assertEquals(Urgency.YELLOW, plain.urgency());
        assertNull(plain.statutoryDueDate());
        Pause expertReview = new Pause(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-06"));
        Deadline paused = Deadlines.of(a, 5, 10, CALENDAR, List.of(expertReview), LocalDate.parse("2027-01-08"));
        assertEquals(LocalDate.parse("2027-01-11"), paused.dueDate());
        assertEquals(LocalDate.parse("2027-01-18"), paused.statutoryDueDate());
        assertEquals(1, paused.remainingWorkingDays());
        Deadline overdue = Deadlines.of(a, 5, null, CALENDAR, List.of(), LocalDate.parse("2027-01-08"));
        assertEquals(-1, overdue.remainingWorkingDays());
        assertEquals(Urgency.RED, overdue.urgency());
    }

    @Test
    void whileAPauseIsOpenTheRemainingDaysStandStill() {
        Application a = submittedOn("2027-01-04", ApplicationState.UNDER_REVIEW);
        a.clockStart = LocalDate.parse("2027-01-05");
        a.pausedSince = LocalDate.parse("2027-01-06");
        List<Pause> open = List.of(Pause.open(LocalDate.parse("2027-01-06")));
        Deadline day1 = Deadlines.of(a, 5, null, CALENDAR, open, LocalDate.parse("2027-01-06"));
        Deadline day3 = Deadlines.of(a, 5, null, CALENDAR, open, LocalDate.parse("2027-01-08"));
        assertEquals(day1.remainingWorkingDays(), day3.remainingWorkingDays());
        assertTrue(day3.dueDate().isAfter(day1.dueDate()));
        assertTrue(day3.paused());
    }

    @Test
    void decidedCasesShowNoRemainingDays() {
        Application a = submittedOn("2027-01-04", ApplicationState.APPROVED);
        a.clockStart = LocalDate.parse("2027-01-05");
        Deadline d = Deadlines.of(a, 5, null, CALENDAR, List.of(), LocalDate.parse("2027-01-20"));
        assertNull(d.remainingWorkingDays());
        assertNull(d.urgency());
        assertEquals(LocalDate.parse("2027-01-12"), d.dueDate());
    }
}
