package org.onedoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ClientAddressThrottleTest {

    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T02:00:00Z"));
    ClientAddressThrottle throttle = new ClientAddressThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void blocksAnAddressAtTheLimitOnly() {
        throttle.failed("10.0.0.1");
        throttle.failed("10.0.0.1");
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
        throttle.failed("10.0.0.1");
        assertThat(throttle.blocked("10.0.0.1")).isTrue();
        assertThat(throttle.blocked("10.0.0.2")).isFalse();
    }

    @Test
    void forgetsFailuresWhenTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
        throttle.failed("10.0.0.1");
        assertThat(throttle.blocked("10.0.0.1")).isFalse();
    }

    @Test
    void ignoresAnUnknownAddress() {
        throttle.failed(null);
        assertThat(throttle.blocked(null)).isFalse();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
