/**
 * Working calendar and legal deadlines: working hours, weekends, public holidays and make-up working days as
 * editable data, the 15:00 cut-off, limits in working days or hours, and early / on-time / late classification.
 * API: {@link org.onedoor.calendar.WorkingCalendar} (the application bean, cached in memory),
 * {@link org.onedoor.calendar.DossierDeadline} (a dossier's deadline through supplements and extension),
 * {@link org.onedoor.calendar.Timeliness}, and for tests and tools {@link org.onedoor.calendar.RuleBasedWorkingCalendar}
 * built from {@link org.onedoor.calendar.WorkingHours} and {@link org.onedoor.calendar.CalendarDay} rows.
 * Rules and data sources: docs/calendar.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar and deadlines")
package org.onedoor.calendar;
