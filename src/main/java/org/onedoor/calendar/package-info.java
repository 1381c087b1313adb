/**
 * Working calendar and legal deadlines: working hours, weekends, public holidays and make-up working days as
 * editable data, the 15:00 cut-off, limits in working days or hours, and early / on-time / late classification.
 * API: {@link org.onedoor.calendar.WorkingCalendar}, {@link org.onedoor.calendar.Timeliness}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar and deadlines")
package org.onedoor.calendar;
