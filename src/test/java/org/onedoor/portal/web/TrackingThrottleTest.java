package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TrackingThrottleTest {

    final MutableClock clock = new MutableClock(Instant.parse("2025-12-03T02:00:00Z"));
    final TrackingThrottle throttle = new TrackingThrottle(clock);

    @Test
    void blocksAnAddressAfterTenFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
        throttle.failed("10.0.0.1");
        assertThat(throttle.blocked("10.0.0.1")).isTrue();
        assertThat(throttle.blocked("10.0.0.2")).isFalse();

        clock.now = clock.now.plus(TrackingThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
    }

    @Test
    void failuresOfAnExpiredWindowDoNotCarryOver() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("10.0.0.1");
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
