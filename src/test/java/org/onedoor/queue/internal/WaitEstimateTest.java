package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md §13: estimated wait = tickets ahead × average service time ÷ open counters (decision 0406). */
class WaitEstimateTest {

    @ParameterizedTest(name = "{0} ahead × {1} s ÷ {2} counters = {3} s")
    @CsvSource({
            "0, 300, 1, 0",       // first in line
            "1, 300, 1, 300",
            "4, 300, 2, 600",
            "3, 300, 2, 450",
            "1, 301, 2, 151",     // rounded up: never promise less than the arithmetic
            "5, 240, 0, 1200",    // no counter called lately: at least one
            "2, 0, 3, 0"})
    void aheadTimesServiceTimeOverOpenCounters(int ahead, long serviceSeconds, int counters, long expected) {
        assertThat(WaitEstimate.of(ahead, serviceSeconds, counters)).isEqualTo(Duration.ofSeconds(expected));
    }
}
