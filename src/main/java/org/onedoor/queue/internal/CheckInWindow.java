package org.onedoor.queue.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a check-in falls against the booked time (decision 0421): from {@code early} before to {@code late} after
 * the booked time (both ends included) the appointment joins the line at its booked time; later it becomes an
 * ordinary walk-in ticket; earlier it is refused.
 */
enum CheckInWindow {
    TOO_EARLY, ON_TIME, LATE;

    static CheckInWindow of(Instant now, Instant booked, int earlyMinutes, int lateMinutes) {
        if (now.isBefore(booked.minus(Duration.ofMinutes(earlyMinutes)))) {
            return TOO_EARLY;
        }
        if (now.isAfter(booked.plus(Duration.ofMinutes(lateMinutes)))) {
            return LATE;
        }
        return ON_TIME;
    }
}
