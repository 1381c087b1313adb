package org.onedoor.queue.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.VietnamTime;

/**
 * The slot starts of a day from the working calendar (decision 0420): a slot is offered when it lies wholly within
 * working time (working day, office hours, no holiday). Slots follow each other from the start of each working
 * period (07:30, 07:45 … 11:15; 13:00 …), found in 5-minute steps, so the calendar's hours are the only source.
 */
final class SlotPlan {

    private static final int STEP_MINUTES = 5;

    private SlotPlan() {
    }

    static List<LocalDateTime> starts(WorkingCalendar calendar, LocalDate day, int slotMinutes) {
        List<LocalDateTime> starts = new ArrayList<>();
        if (!calendar.isWorkingDay(day)) {
            return starts;
        }
        LocalDateTime t = day.atStartOfDay();
        LocalDateTime end = day.plusDays(1).atStartOfDay();
        while (!t.plusMinutes(slotMinutes).isAfter(end)) {
            var from = t.atZone(VietnamTime.ZONE).toInstant();
            long working = calendar.workingMinutesBetween(from, from.plus(Duration.ofMinutes(slotMinutes)));
            if (working >= slotMinutes) {
                starts.add(t);
                t = t.plusMinutes(slotMinutes);
            } else {
                t = t.plusMinutes(STEP_MINUTES);
            }
        }
        return starts;
    }

    /** Today (when a working day) and the following working days, {@code count} working days in all. */
    static List<LocalDate> bookableDays(WorkingCalendar calendar, LocalDate today, int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate d = today;
        for (int guard = 0; days.size() < count && guard < 400; guard++, d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    static boolean isSlotStart(LocalTime time, List<LocalDateTime> starts) {
        return starts.stream().anyMatch(s -> s.toLocalTime().equals(time));
    }
}
