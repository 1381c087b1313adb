package org.onedoor.queue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A queue ticket (one visit).
 *
 * @param centre        the service centre's agency code
 * @param day           the Vietnam date of issue; numbers restart every day per line
 * @param number        the number in the line's daily series (1, 2 …)
 * @param code          the displayed code, the line's prefix and the number on three digits ({@code A012})
 * @param priorityGroup null for a normal ticket
 * @param calledAt      the last call, null while waiting
 * @param counter       the counter that called it (or it was transferred to), null while waiting for any counter
 * @param channel       where the ticket came from
 * @param queueAt       its place in the line: the issue time, or the booked time of an appointment checked in within
 *                      its window; "call next" takes the oldest {@code queueAt} first
 * @param dossierCode   the dossier received from this visit at the counter, null when none (yet)
 */
public record Ticket(long id, String centre, long lineId, LocalDate day, int number, String code,
                     PriorityGroup priorityGroup, TicketStatus status, Instant issuedAt, Instant calledAt,
                     String counter, TicketChannel channel, Instant queueAt, String dossierCode) {
}
