package org.onedoor.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client-address limit on failed logins: after {@code maxFailures} failures inside a fixed window the
 * address is refused until the window ends. Guards against password spraying across many accounts, which the
 * per-account lock cannot see. In memory: a restart forgets, which is acceptable for a rate limit.
 */
class ClientAddressThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();

    ClientAddressThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    boolean blocked(String address) {
        Window w = address == null ? null : failures.get(address);
        return w != null && w.end.isAfter(clock.instant()) && w.count >= maxFailures;
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(w -> !w.end.isAfter(now));
        }
        Instant now = clock.instant();
        failures.compute(address, (a, w) -> w == null || !w.end.isAfter(now)
                ? new Window(now.plus(window), 1) : new Window(w.end, w.count + 1));
    }

    private record Window(Instant end, int count) {
    }
}
