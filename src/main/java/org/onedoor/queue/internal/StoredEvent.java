package org.onedoor.queue.internal;

import java.time.Instant;

/**
 * A row of {@code queue.ticket_event} with what the statistics need of its ticket.
 *
 * @param lineId   the line the ticket was in when the event happened (for TRANSFERRED: the line it left)
 * @param toLineId for TRANSFERRED: the line it went to (the same line for a transfer to a counter), else null
 * @param waitFrom for ISSUED: when the wait starts, {@code max(issue, queueAt)} (an appointment checked in early
 *                 waits from its booked time); null for a walk-in, which never waits
 */
record StoredEvent(long ticketId, String type, Instant at, String counter, String officer, long lineId,
                   Long toLineId, Instant waitFrom) {
}
