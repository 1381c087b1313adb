package org.onedoor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.VietnamTime;

/** Small builders for calendar tests: the 2025–2026 days the tests rely on, and Vietnam-time instants. */
final class TestCalendars {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private TestCalendars() {
    }

    /** The official 2025 days plus New Year and Tết 2026, as shipped in V2__holidays_2025_2027.sql. */
    static List<CalendarDay> vietnamDays() {
        List<CalendarDay> days = new ArrayList<>();
        holiday(days, "2025-01-01");
        holidays(days, "2025-01-27", "2025-01-31");        // Tết Ất Tỵ (Tết = 29 Jan)
        holiday(days, "2025-04-07");                       // Hùng Kings
        days.add(CalendarDay.makeUpWorkingDay(LocalDate.parse("2025-04-26"), "make-up for 2 May"));
        holidays(days, "2025-04-30", "2025-05-02");        // 30/4, 1/5, swapped 2/5
        holidays(days, "2025-09-01", "2025-09-02");        // National Day
        holiday(days, "2026-01-01");
        holidays(days, "2026-02-16", "2026-02-20");        // Tết Bính Ngọ (Tết = 17 Feb)
        return days;
    }

    static RuleBasedWorkingCalendar vietnam() {
        return RuleBasedWorkingCalendar.standard(vietnamDays());
    }

    /** "2025-06-02 09:00" in Vietnam time. */
    static Instant at(String moment) {
        return LocalDateTime.parse(moment, MOMENT).atZone(VietnamTime.ZONE).toInstant();
    }

    static String show(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
        return DateTimeFormatter.ofPattern(t.getSecond() == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss").format(t);
    }

    private static void holiday(List<CalendarDay> days, String date) {
        days.add(CalendarDay.holiday(LocalDate.parse(date), "holiday"));
    }

    private static void holidays(List<CalendarDay> days, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(CalendarDay.holiday(d, "holiday"));
        }
    }
}
