package org.onedoor.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the public tracking page: a client address that made {@link #MAX_FAILURES} failed
 * look-ups within {@link #WINDOW} is refused until the window ends. Successful look-ups are never counted.
 * In memory, per node (decision 0222).
 */
final class TrackingThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_CLIENTS = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    TrackingThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String client) {
        Window w = windows.get(client);
        return w != null && w.failures() >= MAX_FAILURES && clock.instant().isBefore(w.start().plus(WINDOW));
    }

    void failed(String client) {
        Instant now = clock.instant();
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        windows.compute(client, (k, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }
}
