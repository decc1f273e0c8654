package org.onevisit.workday;

/** How a day departs from "Monday to Friday work, Saturday and Sunday rest". */
public enum DayKind {
    /** A weekday off: a statutory holiday, or a day off moved there by 调休. */
    HOLIDAY,
    /** A Saturday or Sunday declared a working day (调休上班). */
    WORKDAY
}
