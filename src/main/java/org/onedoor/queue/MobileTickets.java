package org.onedoor.queue;

import java.util.Optional;

/**
 * The mobile ticket: the unguessable address at which a citizen follows a ticket on the phone
 * ({@code /queue/{centre}/tickets/{id}?s=<secret>}), printed as a QR code on the kiosk ticket.
 */
public interface MobileTickets {

    /** The ticket's secret (32 hex characters), empty when the ticket is not the centre's. */
    Optional<String> secret(String centre, long ticketId);

    /** The ticket, only when the secret matches (compared in constant time). */
    Optional<Ticket> follow(String centre, long ticketId, String secret);
}
