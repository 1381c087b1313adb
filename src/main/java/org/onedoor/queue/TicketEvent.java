package org.onedoor.queue;

import java.time.Instant;

/**
 * Published (in the transaction that stored it) for every stored ticket event. In-module listeners use it for the
 * live board and the citizen's alerts; it is deliberately NOT listened to with {@code @ApplicationModuleListener}
 * (one registry row per ticket event would double the floor's write load): a listener that must not lose work
 * stores its own outbox entry only when it has something to do.
 *
 * @param type     ISSUED, CALLED, RECALLED, SERVING, PARKED, RESUMED, TRANSFERRED, DONE or NO_SHOW (a walk-in:
 *                 ISSUED then SERVING, never CALLED: the board does not announce it)
 * @param lineId   the line the ticket is in after the event (for TRANSFERRED: the line it now waits in)
 * @param counter  the counter concerned, null for ISSUED; for TRANSFERRED the counter it now waits for, or the
 *                 counter that sent it when it waits for any counter of the line
 */
public record TicketEvent(String centre, long ticketId, String code, long lineId, String type, String counter,
                          Instant at) {
}
