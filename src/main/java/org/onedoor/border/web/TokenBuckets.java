package org.onedoor.border.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets by key (a client address) in a bounded map: {@code burst} tokens, refilled at a steady rate. A
 * bucket idle long enough to be full again is evicted (a full bucket is the same as a new one); when the map is
 * full of busy buckets, new keys share a single overflow bucket, so a flood from many addresses is limited as a
 * whole and memory stays bounded.
 */
final class TokenBuckets {

    static final String OVERFLOW = "*overflow*";

    private final Clock clock;
    private final double burst;
    private final double tokensPerMilli;
    private final long refillMillis;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE);

    TokenBuckets(int requestsPerMinute, int burst, int maxKeys, Clock clock) {
        this.clock = clock;
        this.burst = burst;
        this.tokensPerMilli = requestsPerMinute / 60_000.0;
        this.refillMillis = (long) Math.ceil(burst / tokensPerMilli);
        this.maxKeys = maxKeys;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /**
     * Takes a token for {@code key}.
     *
     * @return 0 when allowed, otherwise the milliseconds until the next token (the caller answers 429)
     */
    long take(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                sweep(now);
            }
            bucket = buckets.size() >= maxKeys
                    ? buckets.computeIfAbsent(OVERFLOW, k -> new Bucket(burst, now))
                    : buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        }
        synchronized (bucket) {
            long elapsed = Math.max(0, now - bucket.at);
            bucket.tokens = Math.min(burst, bucket.tokens + elapsed * tokensPerMilli);
            bucket.at = Math.max(bucket.at, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerMilli));
        }
    }

    /** Forgets buckets that are full again; at most once a second, as it walks the whole map. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last < 1000 && last != Long.MIN_VALUE || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        buckets.forEach((key, bucket) -> {
            synchronized (bucket) {
                if (now - bucket.at >= refillMillis) {
                    buckets.remove(key, bucket);
                }
            }
        });
    }

    int size() {
        return buckets.size();
    }
}
