package org.onedoor.border.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The token bucket with a hand-moved clock, and how the client address is chosen. */
class TokenBucketsTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-23T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
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

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void theBurstPassesThenOneTokenEveryTwoSecondsAt30PerMinute() {
        TestClock clock = new TestClock();
        TokenBuckets buckets = new TokenBuckets(30, 10, 100, clock);
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a")).as("request %d", i).isZero();
        }
        long wait = buckets.take("a");
        assertThat(wait).isEqualTo(2000);
        assertThat(buckets.take("b")).as("another address has its own bucket").isZero();
        clock.advance(Duration.ofMillis(1999));
        assertThat(buckets.take("a")).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(2000);
        // a long pause refills up to the burst, not beyond
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void memoryIsBoundedIdleBucketsAreForgottenAndAFloodSharesTheOverflowBucket() {
        TestClock clock = new TestClock();
        TokenBuckets buckets = new TokenBuckets(60, 2, 3, clock);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("b")).isZero();
        assertThat(buckets.take("c")).isZero();
        // the map is full of busy buckets: newcomers share one overflow bucket of 2 tokens
        assertThat(buckets.take("d")).isZero();
        assertThat(buckets.take("e")).isZero();
        assertThat(buckets.take("f")).isPositive();
        assertThat(buckets.size()).isLessThanOrEqualTo(4);
        // after the refill time (2 tokens at 1/s = 2 s) idle buckets are full again and are forgotten
        clock.advance(Duration.ofSeconds(3));
        assertThat(buckets.take("g")).isZero();
        assertThat(buckets.size()).isLessThanOrEqualTo(2);
        assertThat(buckets.take("h")).isZero();
        assertThat(buckets.take("h")).isZero();
        assertThat(buckets.take("h")).as("h has its own bucket again").isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "203.0.113.9 | 10.0.0.1                  | ''                    | 203.0.113.9",
            "203.0.113.9 | 10.0.0.1                  | 1.2.3.4               | 203.0.113.9",
            "10.0.0.1    | 10.0.0.1                  | 198.51.100.7          | 198.51.100.7",
            "10.0.0.1    | 10.0.0.1                  | 6.6.6.6, 198.51.100.7 | 198.51.100.7",
            "10.0.0.1    | 10.0.0.1;10.0.0.2         | 6.6.6.6, 198.51.100.7, 10.0.0.2 | 198.51.100.7",
            "10.0.0.1    | 10.0.0.1                  | ''                    | 10.0.0.1",
    })
    void theForwardedAddressIsReadOnlyFromATrustedProxyAndFromTheRight(String peer, String trusted, String header,
                                                                         String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/border/declare");
        request.setRemoteAddr(peer);
        if (!header.isEmpty()) {
            request.addHeader("X-Forwarded-For", header);
        }
        assertThat(PublicRateLimit.clientAddress(request, Set.of(trusted.split(";")))).isEqualTo(expected);
    }
}
