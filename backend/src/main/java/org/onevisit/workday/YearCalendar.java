package org.onevisit.workday;

import java.util.List;

/** The public calendar of one year: its exceptions to Monday-Friday and how many working days it has. */
public record YearCalendar(int year, List<SpecialDay> days, int workingDays) {}
