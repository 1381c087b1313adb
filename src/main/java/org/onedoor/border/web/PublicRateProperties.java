package org.onedoor.border.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limit of the public declaration endpoints ({@code onedoor.border.public-rate.*}, decision 0530): a token
 * bucket per client address, in memory on each node.
 *
 * @param enabled           off only for tests that post many declarations from one address
 * @param requestsPerMinute the steady rate a client may sustain (tokens added per minute, default 30)
 * @param burst             how many requests a client may make at once (bucket size, default 10)
 * @param trustedProxies    addresses of the reverse proxies in front of OneDoor; only when the request comes from
 *                          one of them is {@code X-Forwarded-For} read (the right-most address that is not a trusted
 *                          proxy). Empty (default): the header is ignored, as anybody can write it
 * @param maxClients        at most this many addresses are tracked (memory bound); idle ones are evicted, and when
 *                          all are busy new addresses share one overflow bucket
 */
@ConfigurationProperties("onedoor.border.public-rate")
record PublicRateProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") int requestsPerMinute,
        @DefaultValue("10") int burst,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("100000") int maxClients) {

    PublicRateProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (requestsPerMinute < 1 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("onedoor.border.public-rate: rate, burst and max-clients must be >= 1");
        }
    }

    /** After this long without a request a bucket is full again, so forgetting it changes nothing. */
    Duration refillTime() {
        return Duration.ofMillis((long) Math.ceil(burst * 60_000.0 / requestsPerMinute));
    }
}
