package org.onedoor.queue.internal;

import java.time.Instant;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.DomainException;

/**
 * The floor is open during the working calendar's working time: the morning and afternoon periods of a working day
 * (07:30–11:30 and 13:00–17:00 by default), not at lunch, not on weekends and holidays unless they are make-up
 * working days (decision 0405). A ticket needs the minute starting at its issue to be working time, so the kiosk
 * stops a minute before a period ends.
 */
record OpeningHours(WorkingCalendar calendar, boolean enforced) {

    boolean isOpen(Instant at) {
        return calendar.workingMinutesBetween(at, at.plusSeconds(60)) == 1;
    }

    /** @throws DomainException CONFLICT {@code queue.error.closed} when enforced and closed at {@code at} */
    void check(Instant at) {
        if (enforced && !isOpen(at)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.error.closed");
        }
    }
}
