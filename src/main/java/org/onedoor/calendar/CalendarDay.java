package org.onedoor.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the ordinary week: a public holiday (ngày nghỉ lễ, Tết, or a compensatory day off) or a
 * make-up working day (ngày làm bù, a Saturday or Sunday worked in exchange for a day off).
 *
 * @param date   the day, in Vietnam time
 * @param kind   holiday or make-up working day
 * @param nameVi name in Vietnamese, e.g. "Tết Nguyên đán"
 * @param nameEn name in English
 * @param source where the row comes from (the decision or notice, or "Labour Code Art. 112 (verify)")
 */
public record CalendarDay(LocalDate date, Kind kind, String nameVi, String nameEn, String source) {

    public enum Kind {
        /** A day off: public holiday, Tết break, or a working day given off in a swap. */
        HOLIDAY,
        /** A Saturday or Sunday that is worked to make up for a day given off. */
        MAKEUP_WORKING_DAY
    }

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.MAKEUP_WORKING_DAY && !isWeekend(date)) {
            throw new IllegalArgumentException("a make-up working day must fall on a weekend: " + date);
        }
    }

    public static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, Kind.HOLIDAY, name, name, "");
    }

    public static CalendarDay makeUpWorkingDay(LocalDate date, String name) {
        return new CalendarDay(date, Kind.MAKEUP_WORKING_DAY, name, name, "");
    }

    /** Saturday and Sunday are the weekly rest days of the public service. */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
