package org.onedoor.queue.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of the citizen's visit: appointments, alerts ({@code onedoor.queue.visit.*}). A line's row in
 * {@code queue.appointment_line} and a centre's row in {@code queue.visit_setting} override them.
 *
 * @param slotMinutes   length of an appointment slot
 * @param capacity      citizens per slot
 * @param horizonDays   appointments can be booked for today and the next working days, this many working days in all
 * @param earlyMinutes  an appointment can be checked in from this long before its time …
 * @param lateMinutes   … until this long after it (later: an ordinary walk-in ticket)
 * @param alertPlaces   the "your turn is near" message goes when this many tickets or fewer wait before the ticket
 */
@ConfigurationProperties("onedoor.queue.visit")
record VisitProperties(
        @DefaultValue("15") int slotMinutes,
        @DefaultValue("2") int capacity,
        @DefaultValue("14") int horizonDays,
        @DefaultValue("30") int earlyMinutes,
        @DefaultValue("10") int lateMinutes,
        @DefaultValue("3") int alertPlaces) {
}
