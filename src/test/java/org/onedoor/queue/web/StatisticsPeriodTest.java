package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days the statistics page asks the floor for. */
class StatisticsPeriodTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "-,          -,          2026-11-23, 2026-11-23",   // today
            "2026-11-20, -,          2026-11-20, 2026-11-20",   // one day
            "2026-11-20, 2026-11-18, 2026-11-20, 2026-11-20",   // an end before the start means the day alone
            "2026-11-01, 2026-11-20, 2026-11-01, 2026-11-20",
            "2025-01-01, 2026-11-20, 2025-01-01, 2026-01-01"})  // at most 366 days
    void aPeriodIsOneDayOrAtMostAYear(LocalDate day, LocalDate to, LocalDate from, LocalDate end) {
        StatisticsController.Period period = StatisticsController.period(day, to, LocalDate.of(2026, 11, 23));
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(end);
        assertThat(period.days()).isBetween(1L, (long) StatisticsController.MAX_DAYS);
    }
}
