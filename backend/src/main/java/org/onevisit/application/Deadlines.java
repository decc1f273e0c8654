package org.onevisit.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onevisit.application.ApplicationView.Deadline;
import org.onevisit.workday.Pause;
import org.onevisit.workday.WorkdayCalendar;

/**
 * The time limits of a case (pure arithmetic over the working-day calendar): the due dates from the
 * day the clock starts plus the item's limits, lengthened by pauses; and the law's 5-day rule, under
 * which a submission not accepted, refused or sent back within 5 working days counts as accepted on
 * receipt.
 */
public final class Deadlines {

    /** Working days to accept, refuse or send back a submission (Administrative Licensing Law, art. 32). */
    public static final int ACCEPTANCE_DAYS = 5;

    /** States in which the bureau's clock runs (or is paused): after acceptance, before the decision. */
    static final Set<ApplicationState> CLOCK_STATES = EnumSet.of(ApplicationState.UNDER_REVIEW,
            ApplicationState.PENDING_DECISION);

    private Deadlines() {
    }

    /** Whether a submission received on {@code received} is past its 5 working days for acceptance. */
    static boolean acceptanceOverdue(WorkdayCalendar calendar, LocalDate received, LocalDate today) {
        return calendar.workingDaysBetween(received.plusDays(1), today.plusDays(1)) > ACCEPTANCE_DAYS;
    }

    /**
     * The day the clock starts for a case accepted {@code today}: today, or the day of receipt if the
     * acceptance comes after the 5-day period.
     */
    static LocalDate clockStart(WorkdayCalendar calendar, LocalDate received, LocalDate today) {
        return acceptanceOverdue(calendar, received, today) ? received : today;
    }

    /** The deadline block of a case as of {@code today}. */
    static Deadline of(Application a, int promisedDays, Integer statutoryDays, WorkdayCalendar calendar, List<Pause> pauses,
                       LocalDate today) {
        LocalDate received = a.submittedAt == null ? null : a.submittedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
        boolean acceptanceOverdue = a.state == ApplicationState.SUBMITTED && received != null
                && acceptanceOverdue(calendar, received, today);
        LocalDate clockStart = a.clockStart;
        if (clockStart == null && acceptanceOverdue) {
            clockStart = received; // counts as accepted on receipt
        }
        LocalDate dueDate = null;
        LocalDate statutoryDue = null;
        Integer remaining = null;
        Urgency urgency = null;
        if (clockStart != null) {
            dueDate = calendar.dueDate(clockStart, promisedDays, pauses, today);
            statutoryDue = statutoryDays == null ? null
                    : calendar.dueDate(clockStart, statutoryDays, pauses, today);
            boolean running = CLOCK_STATES.contains(a.state) || a.state == ApplicationState.SUBMITTED;
            if (running) {
                remaining = calendar.remainingWorkingDays(today, dueDate);
                urgency = Urgency.of(remaining);
            }
        }
        return new Deadline(promisedDays, statutoryDays, clockStart, dueDate, statutoryDue, remaining,
                urgency, a.pausedSince != null, a.pauseReason, acceptanceOverdue, a.acceptedLate);
    }
}
