package org.onevisit.application;

/** How close a case is to its due date: GREEN, YELLOW (2 working days or fewer left), RED (overdue). */
public enum Urgency {
    GREEN, YELLOW, RED;

    /** Working days left at or below which a case turns yellow. */
    public static final int YELLOW_AT = 2;

    public static Urgency of(int remainingWorkingDays) {
        if (remainingWorkingDays < 0) {
            return RED;
        }
        return remainingWorkingDays <= YELLOW_AT ? YELLOW : GREEN;
    }
}
