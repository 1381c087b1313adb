package org.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.calendar.TestCalendars.at;
import static org.onedoor.calendar.TestCalendars.show;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.TimeLimit;

/** The deadline arithmetic, as a specification with the real 2025–2026 calendar (times are Vietnam time). */
class RuleBasedWorkingCalendarTest {

    private final RuleBasedWorkingCalendar calendar = TestCalendars.vietnam();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-04-28 | true  | ordinary Monday
            2025-04-27 | false | Sunday
            2025-05-03 | false | Saturday
            2025-04-26 | true  | make-up Saturday for 2 May
            2025-05-02 | false | Friday swapped with 26 April
            2025-01-29 | false | Tết 2025, first day
            2025-01-27 | false | Tết 2025 break starts Monday
            2025-02-03 | true  | first working day after Tết 2025
            2025-04-07 | false | Hùng Kings 2025
            2025-09-01 | false | day next to National Day
            2025-09-03 | true  | Wednesday after National Day
            2026-01-01 | false | New Year 2026
            2026-01-02 | true  | Friday after New Year 2026
            """)
    void knowsWorkingDays(LocalDate date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "received {0} → clock starts {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-04-29 09:00    | 2025-04-29 09:00 | inside working hours
            2025-04-29 07:00    | 2025-04-29 07:30 | before opening → opening
            2025-04-29 11:30    | 2025-04-29 13:00 | end of morning → afternoon
            2025-04-29 12:15    | 2025-04-29 13:00 | lunch break → afternoon
            2025-04-29 15:00    | 2025-04-29 15:00 | exactly at the cut-off counts the same day
            2025-04-29 14:59:59 | 2025-04-29 14:59:59 | just before the cut-off
            2025-06-02 15:00:01 | 2025-06-03 07:30 | one second after the cut-off → next working day
            2025-04-29 15:01    | 2025-05-05 07:30 | after the cut-off before 30/4, 1/5, 2/5 and a weekend
            2025-06-02 17:30    | 2025-06-03 07:30 | after closing
            2025-04-26 10:00    | 2025-04-26 10:00 | make-up Saturday is a working day
            2025-04-27 10:00    | 2025-04-28 07:30 | Sunday → Monday opening
            2025-01-24 16:00    | 2025-02-03 07:30 | Friday after cut-off before Tết → after Tết
            2025-12-31 15:30    | 2026-01-02 07:30 | after cut-off on 31 December → 2 January 2026
            """)
    void startsTheClockAtTheNextWorkingMoment(String received, String expected, String why) {
        assertThat(show(calendar.clockStart(at(received)))).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} + {1} working days → due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 09:00 | 3  | 2025-06-05 17:00 | Monday morning: Tue, Wed, Thu; the receipt day is not counted
            2025-06-02 15:00 | 3  | 2025-06-05 17:00 | exactly 15:00 is still Monday
            2025-06-02 15:01 | 3  | 2025-06-06 17:00 | after cut-off: deemed received Tuesday
            2025-06-06 10:00 | 1  | 2025-06-09 17:00 | Friday + 1 → Monday
            2025-06-07 10:00 | 1  | 2025-06-10 17:00 | online on Saturday: deemed received Monday
            2025-04-24 09:00 | 3  | 2025-04-28 17:00 | the make-up Saturday 26 April counts
            2025-04-29 09:00 | 1  | 2025-05-05 17:00 | 30/4, 1/5, swapped 2/5 and the weekend skipped
            2025-01-24 09:00 | 1  | 2025-02-03 17:00 | Tết 2025 skipped
            2025-01-22 09:00 | 5  | 2025-02-05 17:00 | limit spanning Tết 2025
            2025-06-02 09:00 | 10 | 2025-06-16 17:00 | two weeks
            2025-08-18 09:00 | 15 | 2025-09-10 17:00 | three weeks over National Day
            2025-12-29 09:00 | 5  | 2026-01-06 17:00 | across the year boundary and New Year 2026
            2026-02-13 09:00 | 2  | 2026-02-24 17:00 | Tết 2026 skipped
            2025-06-02 09:00 | 0  | 2025-06-02 17:00 | on the spot: same day
            2025-06-02 15:01 | 0  | 2025-06-03 17:00 | on the spot after cut-off: next working day
            """)
    void countsWorkingDaysFromTheDayAfterReceipt(String received, int days, String due, String why) {
        assertThat(show(calendar.dueAt(at(received), TimeLimit.days(days)))).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0} + {1} working hours → due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 09:00 | 2  | 2025-06-02 11:00 | within the morning
            2025-06-02 10:30 | 1  | 2025-06-02 11:30 | runs out exactly at the end of the morning
            2025-06-02 10:30 | 2  | 2025-06-02 14:00 | lunch break skipped
            2025-06-02 12:00 | 1  | 2025-06-02 14:00 | received during lunch: counts from 13:00
            2025-06-02 07:00 | 8  | 2025-06-02 17:00 | received before opening: one full day
            2025-06-02 09:00 | 8  | 2025-06-03 09:00 | 8 hours = one working day, to the minute
            2025-06-02 15:30 | 4  | 2025-06-03 11:30 | after cut-off: counts from Tuesday 07:30
            2025-06-06 16:00 | 1  | 2025-06-09 08:30 | after cut-off on Friday: Monday
            2025-04-29 14:00 | 4  | 2025-05-05 08:30 | three hours before the long holiday, one after
            2025-04-26 08:00 | 8  | 2025-04-28 08:00 | make-up Saturday counts
            2025-06-02 09:00 | 40 | 2025-06-09 09:00 | one working week in hours
            2025-06-02 09:00 | 0  | 2025-06-02 09:00 | zero hours: at once
            2025-06-02 16:00 | 0  | 2025-06-03 07:30 | zero hours after cut-off: next opening
            """)
    void countsWorkingHoursMinuteByMinute(String received, int hours, String due, String why) {
        assertThat(show(calendar.dueAt(at(received), TimeLimit.hours(hours)))).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} → {1}: {2} working minutes ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 09:00 | 2025-06-02 10:00 | 60   | one hour
            2025-06-02 11:00 | 2025-06-02 13:30 | 60   | lunch break not counted
            2025-06-02 07:30 | 2025-06-02 17:00 | 480  | one full day
            2025-06-06 16:00 | 2025-06-09 08:00 | 90   | over a weekend
            2025-04-29 16:00 | 2025-05-05 08:30 | 120  | over the 30/4–1/5 holidays
            2025-06-02 00:00 | 2025-06-09 00:00 | 2400 | one week
            2025-04-26 00:00 | 2025-04-27 00:00 | 480  | make-up Saturday counts
            2025-06-02 10:00 | 2025-06-02 09:00 | 0    | reversed interval
            2025-06-02 10:00 | 2025-06-02 10:00 | 0    | empty interval
            """)
    void measuresWorkingMinutes(String from, String to, long minutes, String why) {
        assertThat(calendar.workingMinutesBetween(at(from), at(to))).as(why).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "due 2025-06-05 17:00, finished {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-04 16:00    | EARLY
            2025-06-04 23:59    | EARLY
            2025-06-05 08:00    | ON_TIME
            2025-06-05 17:00    | ON_TIME
            2025-06-05 17:00:01 | LATE
            2025-06-06 08:00    | LATE
            """)
    void classifiesAgainstTheDueDay(String finished, Timeliness expected) {
        assertThat(calendar.classify(at(finished), at("2025-06-05 17:00"))).isEqualTo(expected);
    }

    /** Certified copies (Decree 23/2015 as amended): same day, or next working day when received after 15:00. */
    @ParameterizedTest(name = "certified copy requested {0} → ready by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-06-02 09:00 | 2025-06-02 17:00
            2025-06-02 15:00 | 2025-06-02 17:00
            2025-06-02 15:01 | 2025-06-03 17:00
            2025-06-06 15:30 | 2025-06-09 17:00
            2025-04-29 16:00 | 2025-05-05 17:00
            """)
    void certifiedCopiesAreAZeroDayLimit(String requested, String ready) {
        assertThat(show(calendar.dueAt(at(requested), TimeLimit.days(0)))).isEqualTo(ready);
    }

    @Test
    void anEditedCutOffMovesTheBoundary() {
        var lateCutOff = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0),
                LocalTime.of(16, 0));
        var edited = RuleBasedWorkingCalendar.of(lateCutOff, TestCalendars.vietnamDays());

        assertThat(show(edited.dueAt(at("2025-06-02 15:30"), TimeLimit.days(0)))).isEqualTo("2025-06-02 17:00");
        assertThat(show(calendar.dueAt(at("2025-06-02 15:30"), TimeLimit.days(0)))).isEqualTo("2025-06-03 17:00");
    }

    @Test
    void editedWorkingHoursChangeHourLimits() {
        var shortDays = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 30),
                LocalTime.of(15, 0));
        var edited = RuleBasedWorkingCalendar.of(shortDays, List.of());

        assertThat(show(edited.dueAt(at("2025-06-02 11:00"), TimeLimit.hours(2)))).isEqualTo("2025-06-02 14:30");
        assertThat(show(edited.dueAt(at("2025-06-02 09:00"), TimeLimit.days(1)))).isEqualTo("2025-06-03 17:30");
    }

    @Test
    void aHolidayAddedToTheDataMovesTheDueDate() {
        var days = new ArrayList<>(TestCalendars.vietnamDays());
        days.add(CalendarDay.holiday(LocalDate.parse("2025-06-04"), "extra day off"));

        assertThat(show(RuleBasedWorkingCalendar.standard(days).dueAt(at("2025-06-02 09:00"), TimeLimit.days(3))))
                .isEqualTo("2025-06-06 17:00");
    }

    @Test
    void stopsOnACalendarWithoutWorkingDays() {
        List<CalendarDay> allOff = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2025-06-01"); d.isBefore(LocalDate.parse("2026-12-31")); d = d.plusDays(1)) {
            allOff.add(CalendarDay.holiday(d, "off"));
        }
        var broken = RuleBasedWorkingCalendar.standard(allOff);

        assertThatThrownBy(() -> broken.dueAt(at("2025-06-02 09:00"), TimeLimit.days(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void makeUpWorkingDaysMustFallOnAWeekend() {
        assertThatThrownBy(() -> CalendarDay.makeUpWorkingDay(LocalDate.parse("2025-04-28"), "Monday"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingHoursRejectACutOffOutsideWorkingTime() {
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0),
                LocalTime.of(17, 0), LocalTime.of(18, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingHours.standard().minutesPerDay()).isEqualTo(480);
    }
}
