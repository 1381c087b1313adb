package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-in window: 30 minutes early to 10 minutes late, both ends included. */
class CheckInWindowTest {

    static final Instant BOOKED = Instant.parse("2026-11-24T02:00:00Z");   // 09:00 in Vietnam

    @ParameterizedTest(name = "{0} minutes from the booked time → {1}")
    @CsvSource({"-90, TOO_EARLY", "-31, TOO_EARLY", "-30, ON_TIME", "-5, ON_TIME", "0, ON_TIME", "10, ON_TIME",
            "11, LATE", "300, LATE"})
    void windowAroundTheBookedTime(int minutes, CheckInWindow expected) {
        assertThat(CheckInWindow.of(BOOKED.plusSeconds(60L * minutes), BOOKED, 30, 10)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, ON_TIME", "-1, 0, 0, TOO_EARLY", "1, 0, 0, LATE", "-60, 60, 0, ON_TIME"})
    void configurableEnds(int minutes, int early, int late, CheckInWindow expected) {
        assertThat(CheckInWindow.of(BOOKED.plusSeconds(60L * minutes), BOOKED, early, late)).isEqualTo(expected);
    }
}
