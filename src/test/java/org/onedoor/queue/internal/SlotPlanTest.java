package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.RuleBasedWorkingCalendar;

/** Slots from the working calendar: office hours 07:30–11:30 and 13:00–17:00, weekends and holidays off. */
class SlotPlanTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 25);
    static final RuleBasedWorkingCalendar CALENDAR = RuleBasedWorkingCalendar.standard(
            List.of(CalendarDay.holiday(HOLIDAY, "test holiday")));

    @ParameterizedTest(name = "{0}-minute slots: {1} a day, first {2}, last of the morning {3}, first after lunch {4}")
    @CsvSource({"15, 32, 07:30, 11:15, 13:00", "20, 24, 07:30, 11:10, 13:00", "30, 16, 07:30, 11:00, 13:00",
            "60, 8, 07:30, 10:30, 13:00", "45, 10, 07:30, 10:30, 13:00"})
    void slotsFillEachWorkingPeriod(int minutes, int count, String first, String lastMorning, String firstAfternoon) {
        List<LocalDateTime> starts = SlotPlan.starts(CALENDAR, MONDAY, minutes);
        assertThat(starts).hasSize(count);
        assertThat(starts.get(0).toLocalTime()).hasToString(first);
        assertThat(starts).extracting(s -> s.toLocalTime().toString()).contains(lastMorning, firstAfternoon)
                .doesNotContain("11:30", "12:00", "17:00");
        assertThat(starts).allSatisfy(s -> assertThat(s.toLocalDate()).isEqualTo(MONDAY));
        assertThat(starts.get(starts.size() - 1).plusMinutes(minutes).toLocalTime()).isBeforeOrEqualTo(java.time.LocalTime.of(17, 0));
    }

    @Test
    void noSlotsOnWeekendsAndHolidays() {
        assertThat(SlotPlan.starts(CALENDAR, MONDAY.minusDays(1), 15)).isEmpty();   // Sunday
        assertThat(SlotPlan.starts(CALENDAR, MONDAY.minusDays(2), 15)).isEmpty();   // Saturday
        assertThat(SlotPlan.starts(CALENDAR, HOLIDAY, 15)).isEmpty();
    }

    @Test
    void theHorizonCountsWorkingDaysOnly() {
        assertThat(SlotPlan.bookableDays(CALENDAR, MONDAY, 4))
                .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(4));
        assertThat(SlotPlan.bookableDays(CALENDAR, MONDAY.minusDays(1), 1)).containsExactly(MONDAY);
    }
}
