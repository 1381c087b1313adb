package org.onedoor.queue.internal;

import java.time.Duration;

/**
 * Estimated wait (DOMAIN.md §13): tickets ahead × average service time ÷ open counters, at least one counter
 * (decision 0406). Rounded up to the second.
 */
final class WaitEstimate {

    private WaitEstimate() {
    }

    static Duration of(int ahead, long averageServiceSeconds, int openCounters) {
        if (ahead <= 0) {
            return Duration.ZERO;
        }
        long counters = Math.max(1, openCounters);
        long total = (long) ahead * Math.max(0, averageServiceSeconds);
        return Duration.ofSeconds((total + counters - 1) / counters);
    }
}
