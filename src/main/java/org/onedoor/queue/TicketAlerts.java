package org.onedoor.queue;

/**
 * Alerts to a citizen about their ticket, by SMS and/or e-mail (decision 0423): once when the ticket is N places
 * from being called (N per centre, default 3) and once at the call ("Mời số A012 đến quầy 3"). Messages go through
 * the outbox ({@link org.onedoor.notification.CitizenMessenger}): an outage delays them, never loses them, and the
 * floor's transaction never waits for the network.
 */
public interface TicketAlerts {

    /**
     * Subscribes a waiting ticket (a web ticket, a checked-in appointment …). Subscribing again replaces the contact.
     *
     * @param phone  null when none
     * @param email  null when none
     * @param locale vi, en or id (vi when null)
     * @throws org.onedoor.common.DomainException INVALID with field errors (phone, email: at least one, well
     *                                            formed), NOT_FOUND when the ticket is not the centre's, CONFLICT
     *                                            when it no longer waits
     */
    void subscribe(String centre, long ticketId, String phone, String email, String locale);
}
