package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.RuleBasedWorkingCalendar;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;

/** Tickets only in the working calendar's working time (decision 0405); standard hours 07:30–11:30, 13:00–17:00. */
class OpeningHoursTest {

    static final RuleBasedWorkingCalendar CALENDAR = RuleBasedWorkingCalendar.standard(List.of(
            CalendarDay.holiday(LocalDate.of(2026, 9, 2), "Quốc khánh"),
            CalendarDay.makeUpWorkingDay(LocalDate.of(2026, 3, 7), "Làm bù")));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource({
            "2026-03-02T07:29:59, false, Monday before opening",
            "2026-03-02T07:30:00, true, opening",
            "2026-03-02T10:00:00, true, morning",
            "2026-03-02T11:29:00, true, last minute of the morning",
            "2026-03-02T11:29:30, false, less than a minute left",
            "2026-03-02T12:15:00, false, lunch break",
            "2026-03-02T13:00:00, true, afternoon opening",
            "2026-03-02T16:59:00, true, last minute of the day",
            "2026-03-02T17:00:00, false, closing",
            "2026-03-02T21:00:00, false, evening",
            "2026-03-01T09:00:00, false, Sunday",
            "2026-09-02T09:00:00, false, National Day holiday",
            "2026-03-07T09:00:00, true, Saturday that is a make-up working day"})
    void openInWorkingTimeOfWorkingDaysOnly(String time, boolean open, String why) {
        assertThat(new OpeningHours(CALENDAR, true).isOpen(at(time))).as(why).isEqualTo(open);
    }

    @Test
    void closedRefusesWithConflictWhenEnforced() {
        assertThatThrownBy(() -> new OpeningHours(CALENDAR, true).check(at("2026-03-01T09:00:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("queue.error.closed");
                });
        assertThatCode(() -> new OpeningHours(CALENDAR, true).check(at("2026-03-02T09:00:00")))
                .doesNotThrowAnyException();
    }

    @Test
    void notEnforcedNeverRefuses() {
        assertThatCode(() -> new OpeningHours(CALENDAR, false).check(at("2026-03-01T23:00:00")))
                .doesNotThrowAnyException();
    }
}
